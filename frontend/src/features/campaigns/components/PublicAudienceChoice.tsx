import { Alert, Flex, Radio, Typography } from 'antd'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PublicError } from '@/components/PublicShell'
import { useErrorText } from '@/components/useErrorText'
import type { PublicAudience } from '@/lib/api/types'
import { PUBLIC_AUDIENCES } from '@/lib/status'
import { isWindowClosed } from '../audience'

/** "Bạn là: Học sinh · Sinh viên · Giáo viên · Phụ huynh · Cán bộ · Khác", asked before the action. */
export function PublicAudienceChoice({ value, onChange, disabled }: {
  value: PublicAudience | undefined
  onChange: (a: PublicAudience) => void
  disabled?: boolean
}) {
  const { t } = useTranslation()
  const labelId = useId()
  return (
    <Flex vertical gap={6} data-testid="public-audience">
      <Typography.Text strong id={labelId} style={{ fontSize: 16 }}>
        {t('publicPage.audience.label')}
      </Typography.Text>
      <Radio.Group
        aria-labelledby={labelId}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as PublicAudience)}
        optionType="button"
        buttonStyle="solid"
        options={PUBLIC_AUDIENCES.map((a) => ({ value: a, label: t(`enums.publicAudience.${a}`) }))}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}
      />
      {!value && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('publicPage.audience.hint')}
        </Typography.Text>
      )}
    </Flex>
  )
}

/** A failed public action: the campaign's window closed as a friendly notice, anything else as an error. */
export function PublicActionError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const { detail } = useErrorText(error)
  if (isWindowClosed(error)) {
    return (
      <Alert
        type="info"
        showIcon
        role="status"
        data-testid="public-window-closed"
        title={detail || t('publicPage.windowClosed')}
        description={t('publicPage.windowClosedHint')}
      />
    )
  }
  return <PublicError error={error} />
}
