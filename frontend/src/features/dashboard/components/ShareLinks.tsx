import { QrcodeOutlined } from '@ant-design/icons'
import { Button, Flex, Typography } from 'antd'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadingState } from '@/components/States'
import type { HomeShareLink } from '@/lib/api/types'

// The QR code is drawn only when asked for: its code stays out of the home's first load.
const ShareQr = lazy(() => import('./ShareQr'))

/** The public pages a unit gives its pupils: the address to copy, and its QR code on demand. */
export function ShareLinks({ links }: { links: HomeShareLink[] }) {
  const { t } = useTranslation()
  const [qr, setQr] = useState<string | null>(null)
  return (
    <Flex vertical gap={8} role="list" data-testid="share-links">
      {links.map((l) => {
        const url = `${window.location.origin}${l.link}`
        const label = `${t(`home.share.${l.kind}`)}: ${l.title}`
        return (
          <div key={l.link} role="listitem" data-testid={`share-${l.kind}`}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{label}</Typography.Text>
              <a href={url} target="_blank" rel="noopener noreferrer" data-testid="share-open">
                {t('home.shareOpen')}
              </a>
              <Button
                size="small"
                icon={<QrcodeOutlined />}
                aria-expanded={qr === l.link}
                aria-label={t('home.shareQrFor', { label })}
                onClick={() => setQr(qr === l.link ? null : l.link)}
              >
                {t('home.shareQr')}
              </Button>
            </Flex>
            <Typography.Text copyable={{ text: url, tooltips: [t('home.copy'), t('home.copied')] }} style={{ fontSize: 13, wordBreak: 'break-all' }}>
              {url}
            </Typography.Text>
            {qr === l.link && (
              <Suspense fallback={<LoadingState />}>
                <ShareQr value={url} label={label} />
              </Suspense>
            )}
          </div>
        )
      })}
    </Flex>
  )
}
