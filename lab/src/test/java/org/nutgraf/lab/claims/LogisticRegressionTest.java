package org.nutgraf.lab.claims;

import org.junit.jupiter.api.Test;
import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.lab.claims.LogisticRegression.Example;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogisticRegressionTest {

    private static List<Example> examples() {
        List<Example> e = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            e.add(new Example(Set.of("bias", "quantity", "w" + (i % 5)), true, 1));
            e.add(new Example(Set.of("bias", "question", "w" + (i % 5)), false, 1));
        }
        return e;
    }

    @Test
    void learnsWhichFeaturesMarkPositives() {
        CheckWorthinessModel m = LogisticRegression.train(examples(), LogisticRegression.Settings.DEFAULT);
        assertTrue(m.weight("quantity") > 1, "quantity " + m.weight("quantity"));
        assertTrue(m.weight("question") < -1, "question " + m.weight("question"));
        assertTrue(m.probability(Set.of("bias", "quantity")) > 0.9);
    }

    @Test
    void theSameDataGivesTheSameBytes() throws Exception {
        String a = written(LogisticRegression.train(examples(), LogisticRegression.Settings.DEFAULT));
        String b = written(LogisticRegression.train(examples(), LogisticRegression.Settings.DEFAULT));
        assertEquals(a, b);
        CheckWorthinessModel read = CheckWorthinessModel.read(new ByteArrayInputStream(a.getBytes(StandardCharsets.UTF_8)));
        assertEquals(a, written(read));
    }

    @Test
    void rareFeaturesAreLeftOut() {
        List<Example> e = new ArrayList<>(examples());
        e.add(new Example(Set.of("bias", "once"), true, 1));
        assertEquals(0.0, LogisticRegression.train(e, LogisticRegression.Settings.DEFAULT).weight("once"));
    }

    private static String written(CheckWorthinessModel m) throws Exception {
        StringWriter w = new StringWriter();
        m.write(w, "test");
        return w.toString();
    }
}
