package org.carebench.dashboard.benchmark;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * One signed-in reader of the soak, who never pauses: a page (typed address: page, init, navigation,
 * and the beacon closing the page before), then the API answers behind it, over and over, checking
 * that the snapshot named never goes back to an older one.
 */
final class SoakClient {

    private static final String[] LAS = {"358", "352", "350", "202", "926", "330", "873", "888"};
    private static final String[][] PAGES = {
        {"", "period=2024"}, {"indicator", "indicator=cla-rate-per-10k"}, {"neighbours", "sn=2021"},
    };
    private static final String[] API = {
        "/api/v1/scorecard?la=%s&period=2024",
        "/api/v1/comparison?indicator=cla-rate-per-10k&la=%s&period=2024",
        "/api/v1/series?indicator=cla-rate-per-10k&la=%s",
        "/api/v1/comparison/authorities?indicator=cla-rate-per-10k&period=2024",
    };

    private final int id;
    private final VaadinVisitor visitor;
    private int step;
    private int latest;

    SoakClient(int id, String base, String username, String password) throws IOException {
        this.id = id;
        this.visitor = new VaadinVisitor(base);
        visitor.signIn(username, password);
    }

    /** Reads while {@code going} says so, and at least once round every page; then closes its page. */
    void read(BooleanSupplier going, SoakTally tally) throws IOException {
        int first = step;
        while (going.getAsBoolean() || step - first < PAGES.length) {
            step++;
            String la = LAS[(id + step) % LAS.length];
            String[] page = PAGES[step % PAGES.length];
            String route = "/" + page[0] + "?la=" + la + "&" + page[1];
            try {
                long start = System.nanoTime();
                String drawn = visitor.page(page[0], "la=" + la + "&" + page[1]);
                tally.pageTimes.add(System.nanoTime() - start);
                seen(route, tally.page(route, drawn), tally);
            } catch (IOException | RuntimeException e) {
                tally.error(route, e);
            }
            for (String api : API) {
                String path = String.format(api, la);
                try {
                    long start = System.nanoTime();
                    String[] answer = visitor.api(path);
                    tally.apiTimes.add(System.nanoTime() - start);
                    seen(path, tally.answer(path, answer[0], answer[1]), tally);
                } catch (IOException | RuntimeException e) {
                    tally.error(path, e);
                }
            }
        }
        visitor.close();
    }

    private void seen(String where, int snapshot, SoakTally tally) {
        if (snapshot < 0) {
            return;
        }
        if (snapshot < latest) {
            tally.wentBack(where, snapshot, latest);
        }
        latest = Math.max(latest, snapshot);
    }
}
