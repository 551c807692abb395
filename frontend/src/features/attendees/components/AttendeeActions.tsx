import { CheckOutlined, CloseOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons'
import { App, Button, Flex, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import { useErrorTextOf } from '@/components/useErrorText'
import type { Attendee } from '@/lib/api/types'
import { useAttendeeAction, type AttendeeAction } from '../api/attendees'
import { attendeeActions, canReplace } from '../utils'

const ICON: Record<AttendeeAction, React.ReactNode> = {
  confirm: <CheckOutlined />,
  decline: <CloseOutlined />,
  cancel: <StopOutlined />,
}

/** Confirm, decline, cancel, replace: what the delegate's status still allows. */
export function AttendeeActions({ attendee, onReplace }: { attendee: Attendee; onReplace?: (a: Attendee) => void }) {
  const { t } = useTranslation()
  const { message, notification } = App.useApp()
  const act = useAttendeeAction()
  const errorText = useErrorTextOf()
  const actions = attendeeActions(attendee)

  const run = async (action: AttendeeAction) => {
    try {
      await act.mutateAsync({ attendee, action })
      void message.success(t(`attendeeAction.done.${action}`, { name: attendee.fullName }))
    } catch (e) {
      // A refusal (the quota filled meanwhile, the deadline passed…) with the server's words.
      const { title, detail } = errorText(e)
      notification.error({ title, description: detail, placement: 'top' })
    }
  }

  const pending = act.isPending ? act.variables?.action : undefined
  return (
    <Flex gap={4} wrap>
      {actions.map((action) =>
        action === 'cancel' ? (
          <Popconfirm
            key={action}
            title={t('attendeeAction.cancelConfirm', { name: attendee.fullName })}
            okText={t('attendeeAction.cancel')}
            cancelText={t('common.back')}
            okButtonProps={{ danger: true }}
            onConfirm={() => void run(action)}
          >
            <Button size="small" danger icon={ICON[action]} loading={pending === action}>
              {t(`attendeeAction.${action}`)}
            </Button>
          </Popconfirm>
        ) : (
          <Button key={action} size="small" icon={ICON[action]} loading={pending === action} onClick={() => void run(action)}>
            {t(`attendeeAction.${action}`)}
          </Button>
        ),
      )}
      {onReplace && canReplace(attendee) && (
        <Button size="small" icon={<SwapOutlined />} onClick={() => onReplace(attendee)}>
          {t('attendeeAction.replace')}
        </Button>
      )}
    </Flex>
  )
}
