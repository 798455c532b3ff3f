package org.carebench.dashboard.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../x.csv", "..", "a/b.csv", "C:\\Users\\x.csv", "x.csv\u0000.exe", "c:x.csv", " "})
    void refusesNamesThatReachForAFolderOrHideCharacters(String name) {
        assertThatThrownBy(() -> SafeFileName.of(name)).isInstanceOf(UploadRefusedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"las.csv", "SFR41_2016_LA_Tables.xlsx", "903 return (2025).xml"})
    void keepsPlainNamesAsTheyAre(String name) {
        assertThat(SafeFileName.of(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"figures<1>.csv"})
    void replacesCharactersAShellOrBrowserWouldReadAsMarkup(String name) {
        assertThat(SafeFileName.of(name)).isEqualTo("figures_1_.csv");
    }
}
