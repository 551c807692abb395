import { App, Button, Flex, Form, Result } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { EventBreadcrumb } from '@/components/EventBreadcrumb'
import { FormProblem } from '@/components/FormProblem'
import { PageTitle } from '@/components/PageTitle'
import { ErrorState, LoadingState } from '@/components/States'
import { isApiError } from '@/lib/api/problem'
import type { Event } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useEvent } from '@/lib/queries/events'
import { useUpdateEvent } from '../api/events'
import { EventForm } from '../components/EventForm'
import { eventToValues, valuesToEventInput, type EventFormValues } from '../components/eventFormValues'

export function EventEditPage() {
  const { t } = useTranslation()
  const { eventId } = useParams()
  const id = Number(eventId)
  const event = useEvent(id)
  // The event as it was when the form opened: background refetches must not reset the form.
  const [opened, setOpened] = useState<Event | undefined>(undefined)
  if (opened === undefined && event.data) setOpened(event.data)

  if (event.isPending) return <LoadingState />
  if (event.isError && !opened) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />
  const shown = opened ?? event.data
  if (!shown) return <LoadingState />
  if (!shown.canManage) {
    return (
      <Result
        status="warning"
        title={t('eventForm.notEditable')}
        extra={
          <Link to={`/events/${id}`}>
            <Button type="primary">{t('eventForm.backToEvent')}</Button>
          </Link>
        }
      />
    )
  }
  return (
    <EditForm
      key={shown.version}
      event={shown}
      onReload={async () => {
        const fresh = await event.refetch()
        if (fresh.data) setOpened(fresh.data)
      }}
    />
  )
}

function EditForm({ event, onReload }: { event: Event; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<EventFormValues>()
  const update = useUpdateEvent(event.id)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const [conflict, setConflict] = useState(false)
  const [initialValues] = useState(() => eventToValues(event))

  const submit = async (values: EventFormValues) => {
    setProblem(null)
    setConflict(false)
    try {
      await update.mutateAsync({ body: valuesToEventInput(values), version: event.version })
      void message.success(t('eventForm.saved'))
      void navigate(`/events/${event.id}`)
    } catch (e) {
      if (isApiError(e) && (e.status === 412 || e.code === 'version-conflict')) setConflict(true)
      else setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <>
      <EventBreadcrumb event={event} current={t('common.edit')} />
      <PageTitle title={t('eventForm.editTitle')} sub={event.title} />
      <EventForm
        form={form}
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        banner={
          conflict ? (
            <FormProblem
              value={{ error: null, unmatched: [] }}
              title={t('eventForm.conflictTitle')}
              detail={t('eventForm.conflictDetail')}
              action={
                <Button size="small" danger onClick={() => void onReload()}>
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
            <Link to={`/events/${event.id}`}>
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
