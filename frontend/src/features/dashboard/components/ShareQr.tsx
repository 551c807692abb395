import { QRCode } from 'antd'
import { useTranslation } from 'react-i18next'

/** A public page's QR code, to print or show on a screen (loaded on demand). */
export default function ShareQr({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation()
  return (
    <figure style={{ margin: '8px 0' }} data-testid="share-qr">
      <QRCode value={value} size={168} bordered={false} aria-label={t('home.shareQrAlt', { label })} />
      <figcaption style={{ fontSize: 12 }}>{t('home.shareQrCaption', { label })}</figcaption>
    </figure>
  )
}
