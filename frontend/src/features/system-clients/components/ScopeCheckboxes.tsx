import { Checkbox, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { SYSTEM_CLIENT_SCOPES, scopeKey } from '../systemClient'

/** The scopes as checkboxes, each with what it lets the client do (a Form.Item's control). */
export function ScopeCheckboxes({ id, value, onChange }: {
  id?: string
  value?: string[]
  onChange?: (value: string[]) => void
}) {
  const { t } = useTranslation()
  return (
    <Checkbox.Group value={value} onChange={(v) => onChange?.(v)} style={{ width: '100%' }}>
      <Flex vertical gap={8} id={id} role="group">
        {SYSTEM_CLIENT_SCOPES.map((scope) => (
          <Checkbox key={scope} value={scope} aria-label={`${scope} — ${t(`systemClient.scope.${scopeKey(scope)}`)}`}>
            <Flex vertical>
              <Typography.Text code>{scope}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t(`systemClient.scope.${scopeKey(scope)}`)}
              </Typography.Text>
            </Flex>
          </Checkbox>
        ))}
      </Flex>
    </Checkbox.Group>
  )
}
