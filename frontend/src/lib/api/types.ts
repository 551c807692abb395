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

export type PlanListQuery = NonNullable<paths['/api/plans']['get']['parameters']['query']>
export type TaskListQuery = NonNullable<paths['/api/tasks']['get']['parameters']['query']>
export type OrganizationListQuery = NonNullable<paths['/api/organizations']['get']['parameters']['query']>

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never

export type IssueInput = JsonBody<paths['/api/plans/{id}/issue']['post']>
export type CancelInput = JsonBody<paths['/api/plans/{id}/cancel']['post']>
export type ReminderInput = JsonBody<paths['/api/plans/{planId}/reminders']['post']>
export type ReminderResult = Schemas['ReminderResult']
