// Every API type is derived from the generated OpenAPI schema; nothing here is hand-written.
import type { components, paths } from './schema'

type Schemas = components['schemas']

export type Problem = Schemas['Problem']
export type FieldError = NonNullable<Problem['errors']>[number]

export type Me = Schemas['Me']
export type OrgRef = Schemas['OrgRef']
export type Organization = Schemas['Organization']
export type OrganizationType = Schemas['OrganizationType']
export type Role = Schemas['Role']

export type PlanStatus = Schemas['PlanStatus']
export type PlanSummary = Schemas['PlanSummary']
export type Plan = Schemas['Plan']
export type PlanInput = Schemas['PlanInput']
export type LegalBasis = Schemas['LegalBasis']

export type TaskStatus = Schemas['TaskStatus']
export type Task = Schemas['Task']
export type TaskInput = Schemas['TaskInput']
export type Target = Schemas['Target']
export type TargetKind = Schemas['TargetKind']

export type ProgressReport = Schemas['ProgressReport']
export type ProgressReportInput = Schemas['ProgressReportInput']

export type PlanProgress = Schemas['PlanProgress']
export type OrganizationProgress = PlanProgress['organizations'][number]
export type StatusCounts = Schemas['StatusCounts']

export type Notification = Schemas['Notification']

export type EventFormat = Schemas['EventFormat']
export type Event = Schemas['Event']
export type EventInput = Schemas['EventInput']
export type Venue = Schemas['Venue']
export type VenueInput = Schemas['VenueInput']

export type InviteeCategory = Schemas['InviteeCategory']
export type Quota = Schemas['Quota']
export type QuotaInput = Schemas['QuotaInput']
export type QuotaExtension = Schemas['QuotaExtension']
export type QuotaMatrix = Schemas['QuotaMatrix']
export type QuotaMatrixRow = Schemas['QuotaMatrixRow']
export type QuotaCell = Schemas['QuotaCell']
export type QuotaTotals = Schemas['QuotaTotals']

export type AttendeeStatus = Schemas['AttendeeStatus']
export type Attendee = Schemas['Attendee']
export type AttendeeInput = Schemas['AttendeeInput']

export type CheckInRequest = Schemas['CheckInRequest']
export type CheckInResult = Schemas['CheckInResult']
export type CheckInOutcome = Schemas['Outcome']
export type CheckInCounts = Schemas['CheckInCounts']
export type VenueCount = Schemas['VenueCount']

export type ImportJob = Schemas['ImportJob']
export type ImportStatus = ImportJob['status']
export type ImportRow = Schemas['ImportRow']
export type ImportRowStatus = ImportRow['status']
export type ImportRowInput = Schemas['ImportRowInput']

export type RecipientInput = Schemas['RecipientInput']
export type ContentSection = Schemas['ContentSection']
export type PlanDraft = Schemas['PlanDraft']
export type DraftPlan = Schemas['DraftPlan']
export type DraftTask = Schemas['DraftTask']
export type DraftEvent = Schemas['DraftEvent']
export type DraftQuota = Schemas['DraftQuota']
export type DraftCampaign = Schemas['DraftCampaign']
export type ExtractedField = Schemas['ExtractedField']
export type SourceSpan = Schemas['SourceSpan']
export type PlanTextInput = Schemas['PlanTextInput']
export type DraftOrganization = Schemas['DraftOrganization']
export type DraftTarget = Schemas['DraftTarget']
export type DraftActivity = Schemas['DraftActivity']
export type PlanImportResult = Schemas['PlanImportResult']

export type PlanListQuery = NonNullable<paths['/api/plans']['get']['parameters']['query']>
export type TaskListQuery = NonNullable<paths['/api/tasks']['get']['parameters']['query']>
export type EventAttendeeQuery = NonNullable<paths['/api/events/{eventId}/attendees']['get']['parameters']['query']>
export type OrganizationListQuery = NonNullable<paths['/api/organizations']['get']['parameters']['query']>

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never

export type IssueInput = JsonBody<paths['/api/plans/{id}/issue']['post']>
export type CancelInput = JsonBody<paths['/api/plans/{id}/cancel']['post']>
export type ReminderInput = JsonBody<paths['/api/plans/{planId}/reminders']['post']>
export type ReminderResult = Schemas['ReminderResult']

export type ActivityType = Schemas['ActivityType']
export type Audience = Schemas['Audience']
export type Campaign = Schemas['Campaign']
export type CampaignInput = Schemas['CampaignInput']
export type CampaignUnit = Schemas['CampaignUnit']
export type Headcounts = Schemas['Headcounts']
export type AddUnitsRequest = Schemas['AddUnitsRequest']
export type HeadcountImportResult = Schemas['HeadcountImportResult']
export type ActivityReport = Schemas['ActivityReport']
export type ActivityReportInput = Schemas['ActivityReportInput']
export type IndicatorKind = Schemas['IndicatorKind']
export type CampaignTarget = Schemas['CampaignTarget']
export type CampaignTargetInput = Schemas['CampaignTargetInput']
export type Indicator = Schemas['Indicator']
export type UnitFigure = Schemas['UnitFigure']
export type UnitStatus = UnitFigure['status']
export type WeekPoint = Schemas['WeekPoint']
export type Pledge = Schemas['Pledge']
export type PledgeStatus = Pledge['status']
export type PledgeHold = Schemas['PledgeHold']
export type WallModerators = Schemas['WallModerators']
export type QuizQuestion = Schemas['QuizQuestion']
export type QuizQuestionInput = Schemas['QuizQuestionInput']
export type Quiz = Schemas['Quiz']
export type QuizInput = Schemas['QuizInput']
export type QuizUnitResult = Schemas['QuizUnitResult']

export type PublicCampaign = Schemas['PublicCampaign']
export type PublicAudience = Schemas['PublicAudience']
export type AdoptionRequest = Schemas['AdoptionRequest']
export type PledgeRequest = Schemas['PledgeRequest']
export type PledgeReceipt = Schemas['PledgeReceipt']
export type WallPledge = Schemas['WallPledge']
export type PublicQuiz = Schemas['PublicQuiz']
export type QuizAttemptRequest = Schemas['QuizAttemptRequest']
export type QuizAttemptResult = Schemas['QuizAttemptResult']

export type ContestCategory = Schemas['ContestCategory']
export type Contest = Schemas['Contest']
export type ContestInput = Schemas['ContestInput']
export type ContestCriterion = Schemas['ContestCriterion']
export type ContestCriterionInput = Schemas['ContestCriterionInput']
export type ContestEntry = Schemas['ContestEntry']
export type ContestEntryStatus = ContestEntry['status']
export type ContestEntryInput = Schemas['ContestEntryInput']
export type ConsentInput = Schemas['ConsentInput']
export type ConsentMethod = Schemas['ConsentMethod']
export type ContestJudge = Schemas['ContestJudge']
export type AssignmentResult = Schemas['AssignmentResult']
export type RankedEntry = Schemas['RankedEntry']
export type BlindEntry = Schemas['BlindEntry']
export type ScoreInput = Schemas['ScoreInput']
export type ContestEntryQuery = NonNullable<paths['/api/contests/{contestId}/entries']['get']['parameters']['query']>

export type PublicContest = Schemas['PublicContest']
export type PublicContestEntryInput = Schemas['PublicContestEntryInput']
export type PublicEntryReceipt = Schemas['PublicEntryReceipt']
export type PublicContestResults = Schemas['PublicContestResults']
export type PublicResult = Schemas['PublicResult']

export type ReportOptions = Schemas['ProgressReportOptions']
export type ReportDefaults = Schemas['ProgressReportDefaults']

export type Home = Schemas['Home']
export type HomeSection = Schemas['HomeSection']
export type HomeTask = Schemas['HomeTask']
export type HomeShareLink = Schemas['HomeShareLink']
export type HomeUnitCampaign = Schemas['HomeUnitCampaign']
export type QuotaFillState = Schemas['QuotaFillState']
