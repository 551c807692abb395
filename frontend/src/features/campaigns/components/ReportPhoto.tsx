import { PictureOutlined } from '@ant-design/icons'
import { Image, Spin } from 'antd'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useReportPhoto } from '../api/campaigns'

/** A report's photo, fetched with the bearer token and shown from an object URL. */
export function ReportPhoto({ reportId, photoId, size = 64 }: { reportId: number; photoId: number; size?: number }) {
  const { t } = useTranslation()
  const photo = useReportPhoto(reportId, photoId)
  const url = useMemo(() => (photo.data ? URL.createObjectURL(photo.data) : null), [photo.data])
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url)
  }, [url])

  const box = { width: size, height: size, display: 'inline-flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5', borderRadius: 4 }
  if (photo.isError) {
    return (
      <span style={box} title={t('activityReport.photoFailed')}>
        <PictureOutlined />
      </span>
    )
  }
  if (!url) {
    return (
      <span style={box}>
        <Spin size="small" />
      </span>
    )
  }
  return <Image src={url} width={size} height={size} style={{ objectFit: 'cover', borderRadius: 4 }} alt={t('activityReport.photoAlt')} />
}
