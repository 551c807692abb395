import { Breadcrumb, Button, Flex, Form } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { Link, useNavigate } from 'react-router'
import { App } from 'antd'
import { FormProblem } from '@/components/FormProblem'
import { PageTitle } from '@/components/PageTitle'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useCreatePlan } from '../api/plans'
import { PlanForm } from '../components/PlanForm'
import { emptyPlanValues, valuesToInput, type PlanFormValues } from '../components/planFormValues'

export function PlanCreatePage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<PlanFormValues>()
  const create = useCreatePlan()
  const submission = useSubmission('plan')
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const [initialValues] = useState(emptyPlanValues)

  const submit = async (values: PlanFormValues) => {
    setProblem(null)
    try {
      const body = valuesToInput(values)
      const plan = await submission.run((key) => create.mutateAsync({ body, key }))
      if (!plan) return
      void message.success(t('planForm.created'))
      void navigate(`/plans/${plan.id}`)
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/plans">{t('nav.plans')}</Link> }, { title: t('plan.create') }]}
      />
      <PageTitle title={t('planForm.createTitle')} />
      <PlanForm
        form={form}
        initialValues={initialValues}
        knownOrgs={[]}
        onFinish={submit}
        banner={<FormProblem value={problem} />}
        footer={
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={submission.pending}>
              {t('planForm.saveDraft')}
            </Button>
          </Flex>
        }
      />
    </>
  )
}
