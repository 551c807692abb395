package vn.safeonline.report;

import vn.safeonline.campaign.ActivityType;
import vn.safeonline.campaign.Audience;
import vn.safeonline.campaign.IndicatorKind;
import vn.safeonline.contest.ContestCategory;
import vn.safeonline.org.OrganizationType;

/** How the campaign's summary names its kinds in Vietnamese (the SPA's vi.json says the same). */
final class CampaignLabels {
    private CampaignLabels() {
    }

    static String activity(ActivityType t) {
        return switch (t) {
            case ANNOUNCEMENT_POST -> "Đăng bài thông báo (kèm hashtag)";
            case FRAME_SWITCH -> "Đổi ảnh đại diện, ảnh bìa theo khung";
            case TRAILER_SHARE -> "Chia sẻ trailer Cyber Day";
            case VIDEO_CHALLENGE -> "Thử thách video";
            case POSTER_BANNER -> "Áp phích, băng rôn";
            case STANDEE -> "Standee";
            case STICKER_DECAL -> "Sticker, decal";
            case INFOGRAPHIC -> "Infographic";
            case BOOKMARK -> "Bookmark (kẹp sách)";
            case LED_VIDEO -> "Video trên màn hình LED, chào cờ";
            case WALLPAPER -> "Hình nền (wallpaper)";
            case TIPS_COLUMN -> "Chuyên mục mẹo an toàn";
            case MINIGAME -> "Minigame (đố vui, hỏi đáp)";
            case WORKSHOP -> "Tập huấn, hội thảo (workshop)";
            case CYBER_DAY -> "Ngày hội an toàn trực tuyến (Cyber Day)";
            case THEATRE -> "Tiểu phẩm, sân khấu hóa";
            case ROLE_PLAY -> "Trò chơi nhập vai";
            case CONTEST -> "Cuộc thi";
            case PLEDGE_SIGNING -> "Ký cam kết (Bức tường An toàn số)";
            case OTHER -> "Hoạt động khác";
        };
    }

    static String unitKind(OrganizationType t) {
        return switch (t) {
            case PEOPLES_COMMITTEE -> "Ủy ban nhân dân";
            case DEPARTMENT -> "Sở, ban, ngành";
            case POLICE -> "Công an";
            case POLICE_UNIT -> "Đơn vị thuộc Công an";
            case WARD_POLICE -> "Công an xã, phường";
            case MILITARY -> "Quân sự";
            case FRONT -> "Mặt trận Tổ quốc";
            case UNION -> "Đoàn thể";
            case MEDIA -> "Báo chí, truyền thông";
            case ENTERPRISE -> "Doanh nghiệp";
            case WARD -> "Phường";
            case COMMUNE -> "Xã";
            case SCHOOL_PRIMARY -> "Trường tiểu học";
            case SCHOOL_LOWER_SECONDARY -> "Trường trung học cơ sở";
            case SCHOOL_UPPER_SECONDARY -> "Trường trung học phổ thông";
            case COLLEGE -> "Trường cao đẳng";
            case UNIVERSITY -> "Trường đại học";
            case OTHER -> "Khác";
        };
    }

    static String category(ContestCategory c) {
        return switch (c) {
            case ESSAY -> "Bài viết";
            case PRESENTATION -> "Thuyết trình";
            case DEBATE -> "Tranh biện";
            case DRAWING -> "Vẽ tranh";
            case COMICS -> "Truyện tranh";
            case MUSIC -> "Âm nhạc";
            case POSTER -> "Áp phích";
            case VIDEO -> "Video";
            case ROLE_PLAY_GAME -> "Thiết kế trò chơi nhập vai";
        };
    }

    /** What a target's figure counts: "đơn vị có hoạt động", "người" of its audience. */
    static String measure(IndicatorKind kind, Audience audience) {
        if (kind == IndicatorKind.UNITS_WITH_ACTIVITY) return "đơn vị đạt";
        if (audience == null) return "người";
        return switch (audience) {
            case OFFICERS -> "cán bộ";
            case PUPILS -> "học sinh";
            case STUDENTS -> "sinh viên";
            case TEACHERS -> "giáo viên";
            case PARENTS -> "phụ huynh";
        };
    }

    static String status(vn.safeonline.campaign.TargetDtos.UnitStatus s) {
        return switch (s) {
            case REACHED -> "Đạt";
            case NOT_REACHED -> "Chưa đạt";
            case NOT_REPORTED -> "Chưa báo cáo";
        };
    }
}
