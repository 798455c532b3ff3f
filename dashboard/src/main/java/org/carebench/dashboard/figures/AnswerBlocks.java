package org.carebench.dashboard.figures;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.carebench.dashboard.warehouse.SnapshotCache;
import org.carebench.dashboard.warehouse.SqlResource;
import org.carebench.dashboard.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current snapshot's answers held in memory, one block per indicator, neighbour model and average
 * (every authority and period), so that a comparison or a series is read by key with no query: a
 * DuckDB query costs milliseconds even for a handful of rows. The first block asked of a newly
 * published snapshot starts loading every other block in the background; until a block is loaded,
 * the request that needs it reads it.
 */
@Component
public class AnswerBlocks {

    private static final Logger log = LoggerFactory.getLogger(AnswerBlocks.class);
    private static final String BLOCK = SqlResource.load("figures/answer_block.sql");
    private static final String BLOCKS = SqlResource.load("figures/answer_blocks.sql");

    private final SnapshotCache cache;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "answer-loader");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public AnswerBlocks(Warehouse warehouse) {
        // Room for every block of a catalogue several times today's size (53 indicators x 4 today).
        this.cache = new SnapshotCache(warehouse, 2000);
    }

    /** Each authority's answers, by period in order, for one indicator, model and average. */
    Map<String, Map<Integer, AnswerRow>> block(String indicator, String model, String average) {
        cache.derive(List.of("loading"), () -> {
            loader.submit(this::loadAll);
            return Boolean.TRUE;
        });
        return cache.get(
                List.of("block", indicator, model, average),
                session -> read(session.jdbc(), indicator, model, average));
    }

    /**
     * Fills every block in one ordered scan: 212 keyed queries took 5.4 s on a quiet machine, most of it
     * each query's own scan. Each block is handed to the cache as soon as its last row is read.
     */
    private void loadAll() {
        try {
            long started = System.nanoTime();
            int blocks = cache.get(List.of("all-blocks"), session -> {
                BlockScan scan = new BlockScan(session.snapshot());
                session.jdbc().query(BLOCKS, Map.of(), scan::add);
                scan.finish();
                return scan.count;
            });
            log.info("Held {} blocks of answers in memory in {} ms", blocks, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Requests still read any block they need; the next snapshot tries again.
            log.warn("Could not hold the answers in memory: {}", e.getMessage());
        }
    }

    /** The block being read, handed over when the scan moves past it. */
    private final class BlockScan {
        private final Path snapshot;
        private List<Object> key;
        private Map<String, Map<Integer, AnswerRow>> byArea;
        private int count;
        private int model;
        private int average;
        private final AnswerRow.Reader reader = new AnswerRow.Reader();

        BlockScan(Path snapshot) {
            this.snapshot = snapshot;
        }

        void add(ResultSet rs) throws SQLException {
            if (model == 0) {
                // Found once, as the reader finds its columns: a lookup by name on every row costs.
                model = rs.findColumn("model");
                average = rs.findColumn("average");
            }
            AnswerRow row = reader.read(rs);
            List<Object> rowKey = List.of("block", row.indicatorId(), rs.getString(model), rs.getString(average));
            if (!rowKey.equals(key)) {
                finish();
                key = rowKey;
                byArea = new HashMap<>();
            }
            byArea.computeIfAbsent(row.laCode(), code -> new LinkedHashMap<>()).put(row.period(), row);
        }

        void finish() {
            if (key != null) {
                cache.offer(snapshot, key, byArea);
                count++;
                key = null;
            }
        }
    }

    private static Map<String, Map<Integer, AnswerRow>> read(
            NamedParameterJdbcTemplate jdbc, String indicator, String model, String average) {
        Map<String, Map<Integer, AnswerRow>> byArea = new HashMap<>();
        AnswerRow.Reader reader = new AnswerRow.Reader();
        jdbc.query(BLOCK, Map.of("indicator", indicator, "model", model, "average", average), rs -> {
            AnswerRow row = reader.read(rs);
            byArea.computeIfAbsent(row.laCode(), code -> new LinkedHashMap<>()).put(row.period(), row);
        });
        return byArea;
    }
}
