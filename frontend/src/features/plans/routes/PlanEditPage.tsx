import { App, Breadcrumb, Button, Flex, Form, Result } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { FormProblem } from '@/components/FormProblem'
import { PageTitle } from '@/components/PageTitle'
import { ErrorState, LoadingState } from '@/components/States'
import { isApiError } from '@/lib/api/problem'
import type { OrgRef, Plan } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { usePlan } from '@/lib/queries/plans'
import { useUpdatePlan } from '../api/plans'
import { PlanForm } from '../components/PlanForm'
import { planToValues, valuesToInput, type PlanFormValues } from '../components/planFormValues'

export function PlanEditPage() {
  const { t } = useTranslation()
  const { planId } = useParams()
  const id = Number(planId)
  const plan = usePlan(id)
  // The plan as it was when the form opened. Background refetches must not reset the form
  // under the user's hands; after a conflict, "reload" takes the newest version on purpose.
  const [opened, setOpened] = useState<Plan | undefined>(undefined)
  if (opened === undefined && plan.data) setOpened(plan.data)

  if (plan.isPending) return <LoadingState />
  if (plan.isError && !opened) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
  const shown = opened ?? plan.data
  if (!shown) return <LoadingState />
  if (!shown.permissions.canEdit) {
    return (
      <Result
        status="warning"
        title={t('planForm.notEditable')}
        extra={
          <Link to={`/plans/${id}`}>
            <Button type="primary">{t('planForm.backToPlan')}</Button>
          </Link>
        }
      />
    )
  }
  // The form is keyed by the version it was opened on: reloading after a conflict starts over.
  return (
    <EditForm
      key={shown.version}
      plan={shown}
      onReload={async () => {
        const fresh = await plan.refetch()
        if (fresh.data) setOpened(fresh.data)
      }}
    />
  )
}

function knownOrgs(plan: Plan): OrgRef[] {
  const orgs: OrgRef[] = []
  if (plan.standingOrganization) orgs.push(plan.standingOrganization)
  for (const r of plan.recipients ?? []) if (r.organization) orgs.push(r.organization)
  return orgs
}

function EditForm({ plan, onReload }: { plan: Plan; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<PlanFormValues>()
  const update = useUpdatePlan(plan.id)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const [conflict, setConflict] = useState(false)
  // Sent as If-Match: the version this form was opened on.
  const version = plan.version
  const [initialValues] = useState(() => planToValues(plan))

  const submit = async (values: PlanFormValues) => {
    setProblem(null)
    setConflict(false)
    try {
      await update.mutateAsync({ body: valuesToInput(values), version })
      void message.success(t('planForm.saved'))
      void navigate(`/plans/${plan.id}`)
    } catch (e) {
      if (isApiError(e) && (e.status === 412 || e.code === 'version-conflict')) setConflict(true)
      else setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/plans">{t('nav.plans')}</Link> },
          { title: <Link to={`/plans/${plan.id}`}>{plan.reference}</Link> },
          { title: t('plan.edit') },
        ]}
      />
      <PageTitle title={t('planForm.editTitle')} />
      <PlanForm
        form={form}
        initialValues={initialValues}
        knownOrgs={knownOrgs(plan)}
        onFinish={submit}
        banner={
          conflict ? (
            <FormProblem
              value={{ error: null, unmatched: [] }}
              title={t('planForm.conflictTitle')}
              detail={t('planForm.conflictDetail')}
              action={
                <Button size="small" danger onClick={() => void onReload()} data-testid="reload-plan">
                  {t('planForm.reload')}
                </Button>
              }
            />
          ) : (
            <FormProblem value={problem} />
          )
        }
        footer={
          <Flex gap={8} justify="flex-end" wrap>
            <Link to={`/plans/${plan.id}`}>
              <Button>{t('common.cancel')}</Button>
            </Link>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Flex>
        }
      />
    </>
  )
}
