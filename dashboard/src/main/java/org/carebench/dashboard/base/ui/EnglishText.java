package org.carebench.dashboard.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The dashboard is written in British English, in the code itself. Declaring that as Vaadin's
 * translation provider also spares every new page a search of the whole class path for
 * translation files, which under many concurrent readers queued them on the jar files' locks.
 */
@Component
public class EnglishText implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.UK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return key;
    }
}
