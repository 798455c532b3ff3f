package org.carebench.pipeline.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** jobs/breakdowns.yml as the import reads it: categories in order, and mistakes named by file and key. */
class BreakdownVocabularyTest {

    private static final Path FILE = Path.of("breakdowns.yml");

    @Test
    void readsTheProjectsVocabularyWithEveryCategoryInOrder() {
        Definitions definitions = Definitions.load(Path.of(System.getProperty("carebench.jobs", "../jobs")));
        BreakdownVocabulary.Population onMarch31 =
                definitions.breakdowns().populations().get(0);
        assertThat(onMarch31.indicator()).isEqualTo("cla-by-characteristic-pct");
        assertThat(onMarch31.dimensions().get(0).categories())
                .extracting(BreakdownVocabulary.Category::label)
                .containsExactly("Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over");
    }

    @Test
    void rejectsAPopulationOfAnIndicatorTheCatalogueLacks() {
        assertThatThrownBy(() -> read("""
                        populations:
                          - id: on-31-march
                            title: Children looked after on 31 March
                            indicator: cla-by-shoe-size-pct
                            dimensions: []
                        """))
                .hasMessage("breakdowns.yml: key 'populations[0].indicator' names 'cla-by-shoe-size-pct', which"
                        + " jobs/indicators.yml does not define");
    }

    @Test
    void rejectsACategoryWithoutAStoredLabel() {
        assertThatThrownBy(() -> read("""
                        populations:
                          - id: on-31-march
                            title: Children looked after on 31 March
                            indicator: cla-by-characteristic-pct
                            dimensions:
                              - id: age
                                title: Age
                                categories:
                                  - label: Under 1
                        """))
                .hasMessage("breakdowns.yml: key 'populations[0].dimensions[0].categories[0].breakdowns' must name at"
                        + " least one stored breakdown label");
    }

    private static BreakdownVocabulary read(String yaml) {
        return BreakdownVocabulary.read(YamlMap.of(FILE, new Yaml().load(yaml)), Set.of("cla-by-characteristic-pct"));
    }
}
