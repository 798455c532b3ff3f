package org.carebench.dashboard.profile.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.carebench.dashboard.base.ui.AsOfLine;
import org.carebench.dashboard.base.ui.EChart;
import org.carebench.dashboard.base.ui.RenderedFragments;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.base.ui.SelectionPage;
import org.carebench.dashboard.catalogue.CatalogueService;
import org.carebench.dashboard.export.ui.DownloadLinks;
import org.carebench.dashboard.profile.Profile;
import org.carebench.dashboard.profile.ProfileDimension;
import org.carebench.dashboard.profile.ProfilePopulation;
import org.carebench.dashboard.profile.ProfileService;
import org.carebench.dashboard.security.LocalFiguresAccess;
import org.carebench.dashboard.warehouse.WarehouseProperties;

/**
 * Who the children are: the authority's children looked after on 31 March by age, gender, ethnicity,
 * category of need, legal status, placement type and asylum-seeking status, then those starting and
 * ceasing during the year, beside its neighbours, region and England, as 100% stacked bars with a
 * sentence and a table each.
 */
@RolesAllowed("VIEWER")
@Route("profile")
@Menu(order = 1.5, title = "Profile")
@PageTitle("Profile | Carebench")
public class ProfileView extends SelectionPage {

    private final ProfileService profiles;
    private final CatalogueService catalogue;
    private final LocalFiguresAccess localFigures;

    public ProfileView(
            ProfileService profiles,
            CatalogueService catalogue,
            WarehouseProperties properties,
            RenderedFragments fragments,
            LocalFiguresAccess localFigures) {
        super("Who the children are", properties.defaultLa(), catalogue::defaultIndicator, fragments);
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.localFigures = localFigures;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        Profile full =
                profiles.profileOrLatest(selection.la(), selection.period(), selection.model(), selection.average());
        Profile profile = localFigures.granted() ? full : full.withoutLocalFigures();
        heading.setText("Who the children are: " + profile.la().name());
        controls.show(
                selection,
                catalogue.localAuthorities(),
                profile.la(),
                null,
                null,
                profile.periods(),
                profile.period(),
                profile.neighbourModels());
        Paragraph about = new Paragraph("Shares of each group in the year ending 31 March " + profile.period()
                + ", for " + profile.la().name() + ", the " + profile.average() + " of its statistical neighbours ("
                + profile.model() + " model), "
                + (profile.region() == null ? "" : profile.region().name() + " ")
                + "and England. DfE rounds percentages to whole numbers, so a bar may add up to a little more or"
                + " less than 100; each neighbours' average is taken over the neighbours with a figure for that"
                + " category, so their bar may too.");
        about.setId("profile-summary");
        content.add(AsOfLine.of(profile.asOf()), about);
        if (profile.local() != null) {
            Paragraph local = new Paragraph("Your extract: the council's own shares of the children it looked after on "
                    + ProfileRows.day(profile.local()) + ", counted from "
                    + profile.local().release()
                    + " as DfE counts them. Local figures: unpublished, unrounded, and never ranked or averaged"
                    + " with the published ones.");
            local.setId("profile-local-note");
            content.add(local);
        }
        List<ProfileRows> rows = ProfileRows.of(profile);
        for (ProfilePopulation population : profile.populations()) {
            content.add(new H2(population.title() + ", " + profile.period()));
            for (ProfileDimension dimension : population.dimensions()) {
                addDimension(selection, profile, population, dimension, rows);
            }
        }
        content.add(DownloadLinks.profile(selection, profile.period()));
    }

    private void addDimension(
            Selection selection,
            Profile profile,
            ProfilePopulation population,
            ProfileDimension dimension,
            List<ProfileRows> rows) {
        String id = population.id() + "-" + dimension.id();
        String sentence = ProfileSummary.sentence(profile, population, dimension);
        Paragraph summary = new Paragraph(sentence);
        summary.setId(id + "-summary");
        EChart chart = new EChart("Stacked bar chart. " + sentence + " The table below gives every share.");
        chart.setId(id + "-chart");
        chart.setOption(ProfileChartOptions.stackedBars(dimension, rows));
        chart.setHeight(ProfileChartOptions.height(dimension, rows));
        String caption = population.title() + ", " + profile.period() + ", by "
                + ProfileSummary.uncapitalised(dimension.title()) + ": percent of children";
        content.add(
                new H3(dimension.title()),
                summary,
                chart,
                fragments.get(
                        List.of("profile-table", selection, profile.period(), id, String.valueOf(profile.local())),
                        () -> ProfileTable.of(id + "-table", caption, profile, dimension, rows)));
    }
}
