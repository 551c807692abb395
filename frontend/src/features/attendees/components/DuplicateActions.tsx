import { StopOutlined, TeamOutlined } from '@ant-design/icons'
import { App, Button, Flex, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import { useErrorTextOf } from '@/components/useErrorText'
import type { Attendee } from '@/lib/api/types'
import { holdsPlace } from '@/lib/status'
import { useAttendeeAction, useKeepBoth } from '../api/attendees'

/** For the organisers, on a flagged row: keep both people of a pair, or cancel this one. */
export function DuplicateActions({ attendee }: { attendee: Attendee }) {
  const { t } = useTranslation()
  const { message, notification } = App.useApp()
  const errorText = useErrorTextOf()
  const keepBoth = useKeepBoth()
  const act = useAttendeeAction()
  const open = (attendee.duplicates ?? []).filter((d) => !d.keptBoth).map((d) => d.attendeeId)
  if (open.length === 0) return null

  const fail = (e: unknown) => {
    const { title, detail } = errorText(e)
    notification.error({ title, description: detail, placement: 'top' })
  }

  return (
    <Flex gap={4} wrap data-testid="duplicate-actions">
      {open.map((otherId) => (
        <Popconfirm
          key={otherId}
          title={t('attendees.keepBothConfirm', { name: attendee.fullName, id: otherId })}
          description={t('attendees.keepBothHint')}
          okText={t('attendees.keepBoth')}
          cancelText={t('common.back')}
          onConfirm={async () => {
            try {
              await keepBoth.mutateAsync({ attendee, otherId })
              void message.success(t('attendees.keptBoth', { name: attendee.fullName }))
            } catch (e) {
              fail(e)
            }
          }}
        >
          <Button
            size="small"
            icon={<TeamOutlined />}
            loading={keepBoth.isPending && keepBoth.variables?.otherId === otherId}
            aria-label={t('attendees.keepBothOf', { name: attendee.fullName, id: otherId })}
          >
            {t('attendees.keepBoth')}
          </Button>
        </Popconfirm>
      ))}
      {holdsPlace(attendee.status) && (
        <Popconfirm
          title={t('attendeeAction.cancelConfirm', { name: attendee.fullName })}
          okText={t('attendeeAction.cancel')}
          cancelText={t('common.back')}
          okButtonProps={{ danger: true }}
          onConfirm={async () => {
            try {
              await act.mutateAsync({ attendee, action: 'cancel' })
              void message.success(t('attendeeAction.done.cancel', { name: attendee.fullName }))
            } catch (e) {
              fail(e)
            }
          }}
        >
          <Button size="small" danger icon={<StopOutlined />} loading={act.isPending}>
            {t('attendees.cancelThis')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  )
}
