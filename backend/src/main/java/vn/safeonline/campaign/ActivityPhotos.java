package vn.safeonline.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.safeonline.campaign.CampaignDtos.PhotoView;
import vn.safeonline.common.Images;

/** The photos of activity reports (table activity_photo): every query on them, read into records by column name. */
@ApplicationScoped
public class ActivityPhotos {
    @Inject
    EntityManager em;

    /** A stored photo: its recognised type and its bytes. */
    public record Photo(String contentType, byte[] data) {
    }

    public long count(long reportId) {
        return ((Number) em.createNativeQuery("select count(*) from activity_photo where report_id = ?1").setParameter(1, reportId)
                .getSingleResult()).longValue();
    }

    /** Stores a photo and returns its id. */
    public long add(long reportId, Images.Info info, byte[] bytes) {
        return ((Number) em.createNativeQuery("insert into activity_photo (id, report_id, content_type, size_bytes, width, height, data)"
                        + " values (nextval('activity_photo_seq'), ?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, reportId).setParameter(2, info.contentType()).setParameter(3, bytes.length).setParameter(4, info.width())
                .setParameter(5, info.height()).setParameter(6, bytes).getSingleResult()).longValue();
    }

    public Optional<Photo> find(long reportId, long photoId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select content_type, data from activity_photo where id = ?1 and report_id = ?2", Tuple.class)
                .setParameter(1, photoId).setParameter(2, reportId).getResultList();
        return rows.stream().findFirst().map(t -> new Photo(t.get("content_type", String.class), t.get("data", byte[].class)));
    }

    /** A photo of a unit's activity, with the report it is evidence of. */
    public record UnitPhoto(long id, long unitId, String unitName, ActivityType type, java.time.LocalDate date, String contentType, byte[] data) {
    }

    /**
     * A few photos of a campaign's counted reports over these units, one per unit at most, the latest activity first: what a
     * summary shows of the units' work. JPEG and PNG only (what documents embed).
     */
    public List<UnitPhoto> sample(long campaignId, java.util.Collection<Long> unitIds, int limit) {
        if (unitIds.isEmpty() || limit <= 0) return List.of();
        // the latest photo of each unit (without the bytes), the latest of those, then only their bytes
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select x.id as id, x.unit_id as unit_id, o.name as unit_name, x.type as type,"
                        + " x.activity_date as activity_date, p.content_type as content_type, p.data as data from ("
                        + "select distinct on (r.organization_id) p.id, r.organization_id as unit_id, r.type, r.activity_date"
                        + " from activity_photo p join activity_report r on r.id = p.report_id"
                        + " where r.campaign_id = ?1 and r.held_reason is null and r.organization_id = any(cast(?2 as bigint[]))"
                        + " and p.content_type in ('image/jpeg', 'image/png')"
                        + " order by r.organization_id, r.activity_date desc, p.id) x"
                        + " join activity_photo p on p.id = x.id join organization o on o.id = x.unit_id"
                        + " order by x.activity_date desc, x.id limit ?3", Tuple.class)
                .setParameter(1, campaignId).setParameter(2, unitIds.toArray(Long[]::new)).setParameter(3, limit).getResultList();
        return rows.stream().map(t -> new UnitPhoto(t.get("id", Number.class).longValue(), t.get("unit_id", Number.class).longValue(),
                t.get("unit_name", String.class), ActivityType.valueOf(t.get("type", String.class)),
                vn.safeonline.common.SqlValues.localDate(t.get("activity_date")), t.get("content_type", String.class), t.get("data", byte[].class))).toList();
    }

    /** The photos of these reports (without their bytes), by report, in the order they were added. */
    public Map<Long, List<PhotoView>> views(List<Long> reportIds) {
        Map<Long, List<PhotoView>> out = new HashMap<>();
        if (reportIds.isEmpty()) return out;
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select report_id, id, content_type, size_bytes, width, height from activity_photo"
                + " where report_id = any(cast(?1 as bigint[])) order by id", Tuple.class).setParameter(1, reportIds.toArray(Long[]::new)).getResultList();
        for (Tuple t : rows) {
            out.computeIfAbsent(t.get("report_id", Number.class).longValue(), k -> new ArrayList<>())
                    .add(new PhotoView(t.get("id", Number.class).longValue(), t.get("content_type", String.class), t.get("size_bytes", Number.class).intValue(),
                            t.get("width", Number.class).intValue(), t.get("height", Number.class).intValue()));
        }
        return out;
    }
}
