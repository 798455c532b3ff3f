package org.carebench.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every option a command takes is honoured, in either form; anything else is a usage error. */
class CommandLineTest {

    @Test
    void aSettingGivenWithTwoDashesIsHonouredAndWinsOverTheSystemProperty() {
        System.setProperty(Settings.KEEP, "7");
        try {
            CommandLine command = CommandLine.parse(new String[] {
                "schedule",
                "--warehouse",
                "w",
                "--inbox",
                "in",
                "--carebench.schedule.cron=0 30 1 * * *",
                "--carebench.snapshots.keep=3"
            });
            assertThat(command.setting(Settings.CRON, null)).isEqualTo("0 30 1 * * *");
            assertThat(command.setting(Settings.KEEP, "10")).isEqualTo("3");
            assertThat(CommandLine.parse(new String[] {"status", "--warehouse", "w"})
                            .setting(Settings.KEEP, "10"))
                    .isEqualTo("7");
        } finally {
            System.clearProperty(Settings.KEEP);
        }
    }

    @Test
    void theDashDFormIsAcceptedOnTheCommandLineToo() {
        CommandLine command =
                CommandLine.parse(new String[] {"import", "--warehouse", "w", "-Dcarebench.snapshots.keep=4", "a.csv"});
        assertThat(command.setting(Settings.KEEP, "10")).isEqualTo("4");
        assertThat(command.arguments()).containsExactly("a.csv");
    }

    @Test
    void aCommandsOwnOptionsAreKeptForIt() {
        CommandLine command = CommandLine.parse(
                new String[] {"import-local", "--warehouse", "w", "--la", "358", "--period-end", "2025-03-31", "x"});
        assertThat(command.arguments()).containsExactly("--la", "358", "--period-end", "2025-03-31", "x");
        assertThat(CommandLine.parse(new String[] {"import", "--all-or-nothing", "--warehouse", "w", "a.csv"})
                        .switches())
                .containsExactly("--all-or-nothing");
    }

    @Test
    void anUnknownOptionOrSettingIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"status", "--warehouse", "w", "--all-or-nothing"}))
                .hasMessageContaining("unknown option --all-or-nothing for status (it takes none)");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"import", "--warehouse", "w", "--dry-run", "a.csv"}))
                .hasMessageContaining("unknown option --dry-run for import; it takes --all-or-nothing");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {
                    "schedule", "--warehouse", "w", "--inbox", "i", "--carebench.schedule.corn=0 0 2 * * *"
                }))
                .hasMessageContaining("unknown setting carebench.schedule.corn");
        assertThatThrownBy(() ->
                        CommandLine.parse(new String[] {"import", "--warehouse", "w", "--carebench.snapshots.keep"}))
                .hasMessageContaining("needs a value");
    }

    @Test
    void anUnknownSystemPropertyIsRefusedToo() {
        System.setProperty("carebench.snapshot.keep", "3");
        try {
            assertThatThrownBy(() -> CommandLine.parse(new String[] {"status", "--warehouse", "w"}))
                    .hasMessageContaining("unknown setting carebench.snapshot.keep");
        } finally {
            System.clearProperty("carebench.snapshot.keep");
        }
    }
}
