import { Alert, Button, Checkbox, Modal } from 'antd'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A secret shown this once (the server keeps only a hash, or must keep it to sign): the window closes only after the user
 * ticks that they have saved it — no mask click, no Escape, no ×. Closed, it leaves the page at once (no closing animation
 * keeping the secret in the DOM). The client's secret and a webhook's signing secret both use it.
 */
export function ShowOnceModal({ title, warning, hint, confirm, onClose, children }: {
  title: string
  warning: string
  hint?: string
  /** The "I have saved it" checkbox's label. */
  confirm: string
  onClose: () => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  const [saved, setSaved] = useState(false)
  const close = () => {
    setSaved(false)
    onClose()
  }
  return (
    <Modal
      open
      title={title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={640}
      footer={
        <Button type="primary" disabled={!saved} onClick={close}>
          {t('systemClient.secret.close')}
        </Button>
      }
    >
      <Alert type="warning" showIcon role="alert" title={warning} description={hint} style={{ marginBottom: 16 }} />
      {children}
      <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)}>
        {confirm}
      </Checkbox>
    </Modal>
  )
}
