package uk.placementbroker.placement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.placementbroker.placement.Review;

/** The review tables. */
@Component
public class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long placementId, Review.Held held, String recordedBy) {
        long id = jdbc.sql("""
                insert into placement_review (placement_id, held_on, participants, childs_view, stable, concerns, actions, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        placementId,
                        held.heldOn(),
                        held.participants(),
                        held.childsView(),
                        held.stable(),
                        held.concerns(),
                        held.actions(),
                        recordedBy)
                .query(Long.class)
                .single();
        for (Review.Progress progress : held.progress()) {
            jdbc.sql("""
                    insert into placement_review_outcome (review_id, number, outcome, rating, note) values (?, ?, ?, ?, ?)
                    """)
                    .params(
                            id,
                            progress.number(),
                            progress.outcome(),
                            progress.rating().name(),
                            progress.note())
                    .update();
        }
        return id;
    }

    /** @return whether the review was there, without feedback yet */
    public boolean feedback(long placementId, long reviewId, String by, String feedback) {
        return jdbc.sql("""
                update placement_review set feedback = ?, feedback_by = ?, feedback_at = now()
                where id = ? and placement_id = ? and feedback is null
                """).params(feedback, by, reviewId, placementId).update() == 1;
    }

    /** How many reviews each placement has had, and when the latest was held. */
    public record Held(int count, LocalDate latest) {}

    public Map<Long, Held> heldOf(List<Long> placementIds) {
        Map<Long, Held> held = new java.util.HashMap<>();
        if (placementIds.isEmpty()) {
            return held;
        }
        jdbc.sql("""
                select placement_id, count(*), max(held_on) from placement_review where placement_id = any (?) group by placement_id
                """)
                .param(placementIds.toArray(Long[]::new))
                .query((row, n) -> held.put(row.getLong(1), new Held(row.getInt(2), row.getObject(3, LocalDate.class))))
                .list();
        return held;
    }

    /** Every review of the placement, the latest first. */
    public List<Review> of(long placementId) {
        Map<Long, List<Review.Progress>> progress = new LinkedHashMap<>();
        jdbc.sql("""
                select o.review_id, o.number, o.outcome, o.rating, o.note from placement_review_outcome o
                join placement_review r on r.id = o.review_id where r.placement_id = ? order by o.review_id, o.number
                """).param(placementId).query((java.sql.ResultSet row) -> {
            progress.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                    .add(new Review.Progress(
                            row.getInt(2),
                            row.getString(3),
                            Review.Rating.valueOf(row.getString(4)),
                            row.getString(5)));
        });
        return jdbc.sql("""
                select id, held_on, participants, childs_view, stable, concerns, actions, recorded_by, recorded_at, feedback,
                       feedback_by, feedback_at
                from placement_review where placement_id = ? order by held_on desc, id desc
                """)
                .param(placementId)
                .query((row, number) -> new Review(
                        row.getLong("id"),
                        row.getObject("held_on", LocalDate.class),
                        row.getString("participants"),
                        row.getString("childs_view"),
                        row.getBoolean("stable"),
                        row.getString("concerns"),
                        row.getString("actions"),
                        progress.getOrDefault(row.getLong("id"), List.of()),
                        row.getString("recorded_by"),
                        row.getTimestamp("recorded_at").toInstant(),
                        row.getString("feedback"),
                        row.getString("feedback_by"),
                        row.getTimestamp("feedback_at") == null
                                ? null
                                : row.getTimestamp("feedback_at").toInstant()))
                .list();
    }
}
