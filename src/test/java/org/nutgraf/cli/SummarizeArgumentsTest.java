package org.nutgraf.cli;

import org.junit.jupiter.api.Test;
import org.nutgraf.app.SummaryOptions;
import picocli.CommandLine;

import java.lang.reflect.RecordComponent;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The command line takes every summary option, each under the kebab-case name of its JSON field. */
class SummarizeArgumentsTest {

    private static SummaryOptions parse(String... args) {
        SummarizeArguments arguments = new SummarizeArguments();
        new CommandLine(arguments).parseArgs(args);
        return arguments.options();
    }

    /** {@code maxWords} is {@code --max-words}. */
    private static String flag(String option) {
        return "--" + option.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void everyOptionIsAFlagThatSetsIt() throws Exception {
        for (RecordComponent option : SummaryOptions.class.getRecordComponents()) {
            Object value = switch (option.getType().getSimpleName()) {
                case "Integer" -> 7;
                case "Double" -> 0.5;
                case "Boolean" -> false;
                default -> "x";
            };
            List<String> args = value instanceof Boolean
                    ? List.of("--no-" + flag(option.getName()).substring(2), "article.txt")
                    : List.of(flag(option.getName()), String.valueOf(value), "article.txt");
            SummaryOptions parsed = parse(args.toArray(String[]::new));
            assertEquals(value, option.getAccessor().invoke(parsed), String.join(" ", args));
            if (value instanceof Boolean) {
                assertEquals(true, option.getAccessor().invoke(parse(flag(option.getName()), "article.txt")));
            }
        }
    }

    @Test
    void flagsNotGivenLeaveTheServiceDefaults() {
        assertEquals(SummaryOptions.DEFAULTS, parse("article.txt"));
    }

    @Test
    void theTitleAndTheTargetAreNotOptions() {
        SummarizeArguments arguments = new SummarizeArguments();
        new CommandLine(arguments).parseArgs("--title", "Flood defences approved", "-");
        assertEquals("Flood defences approved", arguments.title);
        assertEquals("-", arguments.target);
        assertNull(arguments.options().algorithm());
    }
}
