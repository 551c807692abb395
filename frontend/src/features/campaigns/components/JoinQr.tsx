import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { qrSvg } from '../qr'

/** The QR code to join the wall, for the kiosk's big screen; the address is written under it for those without a camera. */
export function JoinQr({ url, draw = qrSvg }: { url: string; draw?: (text: string) => Promise<string> }) {
  const { t } = useTranslation()
  const [svg, setSvg] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    draw(url).then(
      (s) => live && setSvg(s),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [url, draw])
  return (
    <figure className="wall-join" data-testid="wall-join" style={{ margin: 0, textAlign: 'center' }}>
      {svg ? (
        <img
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
          alt={t('wall.joinQrAlt')}
          style={{ width: 'clamp(120px, 14vw, 260px)', height: 'auto', background: '#fff', padding: 8, borderRadius: 8 }}
        />
      ) : (
        !failed && <div style={{ width: 'clamp(120px, 14vw, 260px)', aspectRatio: '1' }} aria-busy="true" />
      )}
      <figcaption style={{ fontSize: 'clamp(14px, 1.4vw, 22px)' }}>
        {t('wall.joinQr')}
        <br />
        <span style={{ wordBreak: 'break-all' }}>{url}</span>
      </figcaption>
    </figure>
  )
}
