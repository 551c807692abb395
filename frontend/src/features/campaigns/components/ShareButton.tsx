import { ShareAltOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { shareLink, type ShareData } from '../share'

/** "Chia sẻ": the phone's share sheet where the browser has one, else the address copied with a message saying so. */
export function ShareButton({ data, size }: { data: ShareData; size?: 'middle' | 'large' }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const share = async () => {
    setBusy(true)
    const outcome = await shareLink(data)
    setBusy(false)
    if (outcome === 'copied') void message.success(t('share.copied'))
    else if (outcome === 'failed') void message.warning({ content: t('share.copyFailed', { url: data.url }), duration: 10 })
  }
  return (
    <Button size={size} icon={<ShareAltOutlined />} loading={busy} onClick={() => void share()} data-testid="share">
      {t('share.button')}
    </Button>
  )
}
