import { App, Breadcrumb, Button, Flex, Form } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { Link, useNavigate, useParams } from 'react-router'
import { FormProblem } from '@/components/FormProblem'
import { PageTitle } from '@/components/PageTitle'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { usePlan } from '@/lib/queries/plans'
import { useCreateEvent } from '../api/events'
import { EventForm } from '../components/EventForm'
import { newEventValues, valuesToEventInput, type EventFormValues } from '../components/eventFormValues'

export function EventCreatePage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const { planId } = useParams()
  const id = Number(planId)
  const plan = usePlan(id)
  const create = useCreateEvent(id)
  const submission = useSubmission('event')
  const [form] = Form.useForm<EventFormValues>()
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const [initialValues] = useState(newEventValues)

  const submit = async (values: EventFormValues) => {
    setProblem(null)
    try {
      const body = valuesToEventInput(values)
      const event = await submission.run((key) => create.mutateAsync({ body, key }))
      if (!event) return
      void message.success(t('eventForm.created'))
      void navigate(`/events/${event.id}`)
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/plans">{t('nav.plans')}</Link> },
          { title: <Link to={`/plans/${id}?tab=events`}>{plan.data?.reference ?? `#${id}`}</Link> },
          { title: t('event.add') },
        ]}
      />
      <PageTitle title={t('eventForm.createTitle')} sub={plan.data?.title} />
      <EventForm
        form={form}
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        banner={<FormProblem value={problem} />}
        footer={
          <Flex gap={8} justify="flex-end" wrap>
            <Link to={`/plans/${id}?tab=events`}>
              <Button>{t('common.cancel')}</Button>
            </Link>
            <Button type="primary" htmlType="submit" loading={submission.pending}>
              {t('eventForm.save')}
            </Button>
          </Flex>
        }
      />
    </>
  )
}
