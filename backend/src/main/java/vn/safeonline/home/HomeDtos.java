package vn.safeonline.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.campaign.TargetDtos.Indicator;
import vn.safeonline.org.OrgRef;
import vn.safeonline.plan.PlanDtos.PlanSummary;
import vn.safeonline.plan.PlanStatus;
import vn.safeonline.quota.Quota;
import vn.safeonline.referral.ReferralStatus;
import vn.safeonline.task.TaskStatus;

/**
 * The home's shapes. Each item names the page it opens ({@code link}, a path of the web app) and the page is one the caller
 * may open: the figures come from the services that own them, called as the caller.
 */
public final class HomeDtos {
    private HomeDtos() {
    }

    /** The parts of a home; a home lists only those that concern the caller, in this order. */
    @Schema(name = "HomeSection")
    public enum Section {
        PLANS_BY_STATUS, LAGGARDS, DEADLINES_THIS_WEEK, QUOTA_FILL, TARGETS_BEHIND, REFERRALS_WAITING, MY_TASKS, MY_QUOTAS, MY_REMINDERS, MY_CAMPAIGNS,
        TO_SCORE, RECENT_PLANS
    }

    @Schema(name = "HomePlanCount", description = "how many of the plans the caller's organisation issues are in a state")
    public record PlanCount(@Schema(required = true) PlanStatus status, @Schema(examples = "3", required = true) long count,
                            @Schema(required = true, examples = "/plans?status=ISSUED") String link) {
    }

    @Schema(name = "HomeLaggingAgency")
    public record LaggingAgency(@Schema(required = true) OrgRef organization, @Schema(examples = "2", required = true) int overdue,
                                @Schema(examples = "3", required = true, description = "tasks not done (overdue included)") int notDone,
                                @Schema(examples = "40.0", required = true) BigDecimal percentReached) {
    }

    @Schema(name = "HomeLaggingPlan", description = "a plan the caller monitors, with the agencies lagging on it (the progress page's rule)")
    public record LaggingPlan(@Schema(examples = "120", required = true) long planId, @Schema(examples = "120/KH-UBND", required = true) String reference,
                              @Schema(examples = "Kế hoạch triển khai chiến dịch “Không một mình”", required = true) String title,
                              @Schema(required = true, description = "lagging agencies, most overdue first (at most 5)") List<LaggingAgency> agencies,
                              @Schema(examples = "7", required = true) int laggingCount, @Schema(examples = "12", required = true) int agencyCount,
                              @Schema(required = true, description = "the caller may urge them (on the progress page)") boolean canRemind,
                              @Schema(required = true, examples = "/plans/120/progress") String link) {
    }

    @Schema(name = "HomeTask")
    public record DueTask(@Schema(examples = "310", required = true) long taskId, @Schema(examples = "III.2") String label,
                          @Schema(examples = "Tổ chức tuyên truyền trong trường học", required = true) String text,
                          @Schema(examples = "120/KH-UBND", required = true) String planReference, @Schema(required = true) OrgRef leadOrganization,
                          LocalDate dueDate, @Schema(required = true) TaskStatus status,
                          @Schema(examples = "3", description = "days from today to the due date (negative: overdue)") Long daysLeft,
                          @Schema(required = true, examples = "/tasks/310") String link) {
    }

    @Schema(name = "HomeEventFill", description = "a coming event's invitation lists, as its quota matrix counts them")
    public record EventFill(@Schema(examples = "7", required = true) long eventId,
                            @Schema(examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng", required = true) String title,
                            @Schema(required = true) OffsetDateTime startsAt, @Schema(examples = "1", required = true) long daysLeft,
                            @Schema(examples = "135", required = true) long quota, @Schema(examples = "118", required = true) long submitted,
                            @Schema(required = true, description = "agencies a reminder goes to (the matrix's toUrge)") int toUrge,
                            @Schema(required = true, description = "agencies past their deadline with an incomplete list (the matrix's pastDeadline)") int pastDeadline,
                            @Schema(required = true, examples = "/events/7/quota-matrix") String link) {
    }

    @Schema(name = "HomeCampaignTargets", description = "a campaign's targets not reached yet, over the units the caller sees")
    public record CampaignTargets(@Schema(examples = "3", required = true) long campaignId,
                                  @Schema(examples = "Chiến dịch “Không một mình” năm 2025", required = true) String name,
                                  @Schema(required = true) boolean campaignWide, @Schema(examples = "5", required = true) int targetCount,
                                  @Schema(required = true) List<Indicator> behind, @Schema(required = true, examples = "/campaigns/3?tab=indicators") String link) {
    }

    @Schema(name = "HomeReferral", description = "a case waiting for the receiving organisation: its code and state, never the child")
    public record ReferralItem(@Schema(examples = "42", required = true) long id, @Schema(examples = "HT-7K3M9Q2P", required = true) String code,
                               @Schema(required = true) ReferralStatus status, @Schema(required = true) OffsetDateTime openedAt,
                               @Schema(required = true, examples = "/referrals/42") String link) {
    }

    @Schema(name = "HomeReferrals")
    public record Referrals(@Schema(examples = "2", required = true, description = "cases received and not acknowledged") long waiting,
                            @Schema(required = true) List<ReferralItem> items, @Schema(required = true, examples = "/referrals") String link) {
    }

    @Schema(name = "HomeQuota", description = "one of the caller's organisation's invitation quotas")
    public record MyQuota(@Schema(examples = "77", required = true) long quotaId, @Schema(examples = "7", required = true) long eventId,
                          @Schema(examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng", required = true) String eventTitle,
                          @Schema(examples = "Học sinh, trẻ em", required = true) String category, @Schema(examples = "20") Integer count,
                          @Schema(examples = "12", required = true) long filled, @Schema(required = true) OffsetDateTime deadline,
                          @Schema(examples = "3", required = true, description = "days from today to the (extended) deadline; negative once passed") long daysLeft,
                          @Schema(required = true) Quota.FillState state, @Schema(required = true) boolean canSubmit,
                          @Schema(required = true, examples = "/events/7/my-quotas") String link) {
    }

    @Schema(name = "HomeReminder", description = "an unread reminder or urging sent to the caller")
    public record Reminder(@Schema(examples = "42", required = true) long id, @Schema(examples = "REMINDER", required = true) String kind,
                           @Schema(examples = "Đôn đốc báo cáo kết quả thực hiện", required = true) String title,
                           @Schema(required = true) OffsetDateTime createdAt, @Schema(examples = "/tasks/310") String link) {
    }

    @Schema(name = "HomeShareKind")
    public enum ShareKind { FRAME, WALL, QUIZ, CONTEST }

    @Schema(name = "HomeShareLink", description = "a public page to give pupils (a link and its QR code), carrying the unit's code")
    public record ShareLink(@Schema(required = true) ShareKind kind, @Schema(examples = "Đố vui an toàn trên mạng", required = true) String title,
                            @Schema(required = true, examples = "/khung-anh/3f9a0c2b7e1d4a5c?unit=THPT-CHAUVANLIEM") String link) {
    }

    @Schema(name = "HomeConsentWaiting")
    public record ConsentWaiting(@Schema(examples = "5", required = true) long contestId, @Schema(examples = "Cuộc thi viết “Không một mình”", required = true) String title,
                                 @Schema(examples = "2", required = true) long awaiting, @Schema(required = true, examples = "/contests/5?tab=entries") String link) {
    }

    @Schema(name = "HomeUnitCampaign", description = "a campaign the caller's organisation is a unit of: its own figures, its links, its entries")
    public record UnitCampaign(@Schema(examples = "3", required = true) long campaignId,
                               @Schema(examples = "Chiến dịch “Không một mình” năm 2025", required = true) String name, @Schema(required = true) OrgRef unit,
                               @Schema(required = true, description = "every target over the caller's own units") List<Indicator> indicators,
                               @Schema(required = true) List<ShareLink> share, @Schema(required = true) List<ConsentWaiting> consent,
                               @Schema(required = true, examples = "/campaigns/3") String link) {
    }

    @Schema(name = "HomeJudging", description = "a contest the caller judges: entries assigned and scored")
    public record Judging(@Schema(examples = "5", required = true) long contestId, @Schema(examples = "Cuộc thi viết “Không một mình”", required = true) String title,
                          @Schema(required = true) OffsetDateTime closesAt, @Schema(examples = "12", required = true) int assigned,
                          @Schema(examples = "4", required = true) int scored, @Schema(required = true, examples = "/contests/5?tab=judging") String link) {
    }

    @Schema(name = "Home", description = "what the caller has to do today, by the sections that concern its roles")
    public record HomeView(@Schema(required = true) LocalDate today, @Schema(required = true) List<Section> sections,
                           @Schema(required = true) List<PlanCount> plansByStatus, @Schema(required = true) List<LaggingPlan> laggards,
                           @Schema(required = true) List<DueTask> deadlinesThisWeek, @Schema(required = true) List<EventFill> quotaFill,
                           @Schema(required = true) List<CampaignTargets> targetsBehind, Referrals referrals,
                           @Schema(required = true) List<DueTask> myTasks, @Schema(required = true) List<MyQuota> myQuotas,
                           @Schema(required = true) List<Reminder> reminders, @Schema(required = true) List<UnitCampaign> myCampaigns,
                           @Schema(required = true) List<Judging> toScore, @Schema(required = true) List<PlanSummary> recentPlans) {
    }
}
