package vn.safeonline.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of events and venues on the wire. */
public final class EventDtos {
    private EventDtos() {
    }

    @Schema(name = "VenueInput")
    public record VenueInput(
            @Schema(examples = "42", description = "an existing venue to keep; none for a new one") Long id,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Hội trường Công an thành phố") String name,
            @Size(max = 500) @Schema(examples = "Số 9A Trần Phú, phường Cái Khế, thành phố Cần Thơ") String address,
            @Min(1) @Max(100000) @Schema(examples = "300") Integer capacity,
            @Schema(description = "the main venue; relay points (điểm cầu) are not") boolean main) {
    }

    @Schema(name = "EventInput")
    public record EventInput(
            @NotBlank @Size(max = 500) @Schema(required = true, examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng") String title,
            @NotNull @Schema(required = true, examples = "2026-05-29T08:00:00+07:00") OffsetDateTime startsAt,
            @NotNull @Schema(required = true, examples = "2026-05-29T11:30:00+07:00") OffsetDateTime endsAt,
            @NotNull @Schema(required = true) EventFormat format,
            @Min(0) @Max(1000000) @Schema(examples = "275") Integer expectedAttendance,
            @Size(max = 300) @Schema(examples = "Lãnh đạo UBND thành phố") String chair,
            @Schema(examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng, truyền hình trực tuyến đến 103 điểm cầu phường, xã.") @Size(max = 10000) String description,
            @Size(max = 200) List<@Valid @NotNull VenueInput> venues) {
    }

    @Schema(name = "Venue")
    public record VenueView(@Schema(examples = "42", required = true) long id, @Schema(examples = "Tỷ lệ trường tổ chức chuyên đề", required = true) String name, @Schema(examples = "Số 2 Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ") String address,
                            @Schema(examples = "500") Integer capacity, @Schema(required = true) boolean main) {
        static VenueView of(Venue v) {
            return new VenueView(v.id, v.name, v.address, v.capacity, v.main);
        }
    }

    @Schema(name = "Event")
    public record EventView(@Schema(examples = "42", required = true) long id, @Schema(examples = "120", required = true) long planId,
                            @Schema(examples = "135/KH-UBND", required = true) String planReference,
                            @Schema(examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng", required = true) String title, @Schema(required = true) OffsetDateTime startsAt,
                            @Schema(required = true) OffsetDateTime endsAt, @Schema(required = true) EventFormat format,
                            @Schema(examples = "500") Integer expectedAttendance, @Schema(examples = "Chủ tịch UBND thành phố Cần Thơ") String chair, @Schema(examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng, truyền hình trực tuyến đến 103 điểm cầu phường, xã.") String description,
                            @Schema(required = true) List<VenueView> venues, @Schema(examples = "3", required = true) int version,
                            @Schema(required = true, description = "the caller organises it (edit, quotas, check-in)") boolean canManage) {
        public static EventView of(Event e, boolean canManage) {
            return new EventView(e.id, e.plan.id, e.plan.reference(), e.title, e.startsAt, e.endsAt, e.format, e.expectedAttendance,
                    e.chair, e.description, e.venues.stream().map(VenueView::of).toList(), e.version, canManage);
        }
    }
}
