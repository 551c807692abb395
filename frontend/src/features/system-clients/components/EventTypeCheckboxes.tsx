import { Checkbox, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { eventKey } from '../webhook'

/** The event types a client may hear of, as checkboxes with what each means (a Form.Item's control). */
export function EventTypeCheckboxes({ id, types, value, onChange }: {
  id?: string
  types: string[]
  value?: string[]
  onChange?: (value: string[]) => void
}) {
  const { t } = useTranslation()
  return (
    <Checkbox.Group value={value} onChange={(v) => onChange?.(v)} style={{ width: '100%' }}>
      <Flex vertical gap={8} id={id} role="group">
        {types.map((type) => (
          <Checkbox key={type} value={type} aria-label={`${type} — ${t(`systemClient.webhook.event.${eventKey(type)}`)}`}>
            <Flex vertical>
              <Typography.Text code>{type}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t(`systemClient.webhook.event.${eventKey(type)}`)}
              </Typography.Text>
            </Flex>
          </Checkbox>
        ))}
      </Flex>
    </Checkbox.Group>
  )
}
