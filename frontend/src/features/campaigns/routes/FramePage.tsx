import { CheckCircleOutlined, DownloadOutlined, LockOutlined, PictureOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Slider, Typography } from 'antd'
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { PublicError, PublicShell } from '@/components/PublicShell'
import { LoadingState } from '@/components/States'
import { saveBlob } from '@/lib/api/download'
import type { PublicCampaign } from '@/lib/api/types'
import { useAdoption, usePublicCampaign, usePublicUnit } from '../api/public'
import { usePublicAudience } from '../audience'
import { PublicActionError, PublicAudienceChoice } from '../components/PublicAudienceChoice'
import { ShareButton } from '../components/ShareButton'
import { deviceId } from '../device'
import { frameLink } from '../links'
import {
  clampOffset,
  clampZoom,
  DEFAULT_SIDE,
  framedFileName,
  MAX_ZOOM,
  MIN_ZOOM,
  offsetAfterZoom,
  placement,
  screenToCanvas,
  zoomByWheel,
  type Offset,
  type Size,
} from '../frame'

/** /khung-anh/:publicId?unit=CODE — frame a photo; the photo never leaves the browser. */
export function FramePage() {
  const { publicId } = useParams()
  const id = publicId ?? ''
  const campaign = usePublicCampaign(id)
  return (
    <PublicShell campaign={campaign.data}>
      {campaign.isPending ? (
        <LoadingState />
      ) : campaign.isError ? (
        <PublicError error={campaign.error} />
      ) : (
        <Framer campaign={campaign.data} />
      )}
    </PublicShell>
  )
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error(src))
    img.src = src
  })
}

const STEP = 20

function Framer({ campaign }: { campaign: PublicCampaign }) {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const unitCode = params.get('unit')?.trim() || undefined
  const unit = usePublicUnit(campaign.id, unitCode)
  const adoption = useAdoption(campaign.id)
  const [audience, setAudience] = usePublicAudience()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const [frame, setFrame] = useState<HTMLImageElement | null>(null)
  const [frameFailed, setFrameFailed] = useState(false)
  const [photo, setPhoto] = useState<HTMLImageElement | null>(null)
  const [photoFailed, setPhotoFailed] = useState(false)
  const [zoom, setZoom] = useState(1)
  const [offset, setOffset] = useState<Offset>({ x: 0, y: 0 })
  const [downloaded, setDownloaded] = useState(false)
  const drag = useRef<{ x: number; y: number; pointer: number } | null>(null)

  const side: Size = frame ? { width: frame.naturalWidth, height: frame.naturalHeight } : { width: DEFAULT_SIDE, height: DEFAULT_SIDE }
  const photoSize: Size | null = photo ? { width: photo.naturalWidth, height: photo.naturalHeight } : null

  useEffect(() => {
    if (!campaign.hasFrame) return
    let live = true
    loadImage(`/api/public/campaigns/${campaign.id}/frame.png`).then(
      (img) => live && setFrame(img),
      () => live && setFrameFailed(true),
    )
    return () => {
      live = false
    }
  }, [campaign.id, campaign.hasFrame])

  // Draws the photo, then the frame over it, whenever anything moves.
  useEffect(() => {
    const canvas = canvasRef.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return
    ctx.clearRect(0, 0, canvas.width, canvas.height)
    if (photo && photoSize) {
      const p = placement(photoSize, side, zoom, offset)
      ctx.imageSmoothingQuality = 'high'
      ctx.drawImage(photo, p.x, p.y, p.width, p.height)
    }
    if (frame) ctx.drawImage(frame, 0, 0, canvas.width, canvas.height)
  })

  // The object URL of the chosen photo lives as long as the photo is shown.
  useEffect(() => () => {
    if (photo?.src.startsWith('blob:')) URL.revokeObjectURL(photo.src)
  }, [photo])

  const pick = async (file: File | undefined) => {
    if (!file) return
    setPhotoFailed(false)
    setDownloaded(false)
    adoption.reset()
    const url = URL.createObjectURL(file)
    try {
      const img = await loadImage(url)
      setPhoto(img)
      setZoom(1)
      setOffset({ x: 0, y: 0 })
    } catch {
      URL.revokeObjectURL(url)
      setPhotoFailed(true)
    }
  }

  const moveBy = (d: Offset) => {
    if (!photoSize) return
    setOffset((o) => clampOffset({ x: o.x + d.x, y: o.y + d.y }, photoSize, side, zoom))
  }

  const zoomTo = (next: number) => {
    if (!photoSize) return
    const z = clampZoom(next)
    setOffset((o) => clampOffset(offsetAfterZoom(o, zoom, z), photoSize, side, z))
    setZoom(z)
  }

  // The wheel zooms; React's wheel listener is passive, so the page would scroll too.
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || !photo) return
    const photoDims = { width: photo.naturalWidth, height: photo.naturalHeight }
    const frameDims = frame ? { width: frame.naturalWidth, height: frame.naturalHeight } : { width: DEFAULT_SIDE, height: DEFAULT_SIDE }
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const z = zoomByWheel(zoom, e.deltaY)
      setOffset((o) => clampOffset(offsetAfterZoom(o, zoom, z), photoDims, frameDims, z))
      setZoom(z)
    }
    canvas.addEventListener('wheel', onWheel, { passive: false })
    return () => canvas.removeEventListener('wheel', onWheel)
  }, [photo, frame, zoom])

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!photo) return
    e.currentTarget.setPointerCapture?.(e.pointerId)
    drag.current = { x: e.clientX, y: e.clientY, pointer: e.pointerId }
  }
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drag.current
    if (!d || d.pointer !== e.pointerId) return
    const shown = e.currentTarget.getBoundingClientRect().width
    moveBy(screenToCanvas({ x: e.clientX - d.x, y: e.clientY - d.y }, shown, side.width))
    drag.current = { ...d, x: e.clientX, y: e.clientY }
  }
  const onPointerUp = () => {
    drag.current = null
  }
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const moves: Record<string, Offset> = {
      ArrowLeft: { x: -STEP, y: 0 },
      ArrowRight: { x: STEP, y: 0 },
      ArrowUp: { x: 0, y: -STEP },
      ArrowDown: { x: 0, y: STEP },
    }
    if (moves[e.key]) {
      e.preventDefault()
      moveBy(moves[e.key])
    } else if (e.key === '+' || e.key === '=') zoomTo(zoom * 1.1)
    else if (e.key === '-') zoomTo(zoom / 1.1)
  }

  const download = () => {
    const canvas = canvasRef.current
    if (!canvas || !photo) return
    canvas.toBlob((blob) => {
      if (!blob) return
      saveBlob(blob, framedFileName(campaign.name))
      setDownloaded(true)
      // Counted for the school or ward of the link; the photo itself is never sent.
      if (unitCode && !unit.isError) adoption.mutate({ unitCode, deviceId: deviceId(), audience })
    }, 'image/png')
  }

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('frame.title')}
      </Typography.Title>
      {unitCode && unit.data && (
        <Alert type="info" showIcon title={t('frame.forUnit', { name: unit.data.name })} data-testid="frame-unit" />
      )}
      {unitCode && unit.isError && <Alert type="warning" showIcon title={t('frame.unknownUnit', { code: unitCode })} />}
      {!campaign.hasFrame && <Alert type="warning" showIcon title={t('frame.noFrame')} />}
      {frameFailed && <Alert type="warning" showIcon title={t('frame.frameFailed')} />}
      <Card size="small">
        <Flex vertical gap={12}>
          <canvas
            ref={canvasRef}
            width={side.width}
            height={side.height}
            className="frame-canvas"
            tabIndex={photo ? 0 : -1}
            role="img"
            aria-label={photo ? t('frame.canvasLabel') : t('frame.canvasEmpty')}
            data-testid="frame-canvas"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            onKeyDown={onKeyDown}
            onClick={() => !photo && inputRef.current?.click()}
          />
          <input
            ref={inputRef}
            type="file"
            accept="image/*"
            hidden
            data-testid="frame-photo-input"
            aria-label={t('frame.pick')}
            onChange={(e) => {
              void pick(e.target.files?.[0])
              e.target.value = ''
            }}
          />
          {photoFailed && <Alert type="error" showIcon title={t('frame.photoFailed')} />}
          {photo && (
            <Flex gap={8} align="center">
              <Button type="text" icon={<ZoomOutOutlined />} aria-label={t('frame.zoomOut')} onClick={() => zoomTo(zoom / 1.2)} />
              <Slider
                style={{ flex: 1 }}
                min={MIN_ZOOM}
                max={MAX_ZOOM}
                step={0.01}
                value={zoom}
                onChange={(v) => zoomTo(v)}
                tooltip={{ formatter: (v) => `${Math.round((v ?? 1) * 100)}%` }}
                // the name goes on the handle, the element with the slider role
                ariaLabelForHandle={t('frame.zoom')}
                data-testid="frame-zoom"
              />
              <Button type="text" icon={<ZoomInOutlined />} aria-label={t('frame.zoomIn')} onClick={() => zoomTo(zoom * 1.2)} />
            </Flex>
          )}
          {photo && <Typography.Text type="secondary">{t('frame.hint')}</Typography.Text>}
          {unitCode && !unit.isError && <PublicAudienceChoice value={audience} onChange={setAudience} disabled={adoption.isPending} />}
          <Flex gap={8} wrap>
            <Button size="large" icon={<PictureOutlined />} onClick={() => inputRef.current?.click()} style={{ flex: '1 1 160px' }}>
              {photo ? t('frame.pickAnother') : t('frame.pick')}
            </Button>
            <Button
              size="large"
              type="primary"
              icon={<DownloadOutlined />}
              disabled={!photo}
              loading={adoption.isPending}
              onClick={download}
              style={{ flex: '1 1 160px' }}
            >
              {t('frame.download')}
            </Button>
          </Flex>
        </Flex>
      </Card>
      {downloaded && (
        <div role="status" data-testid="frame-result">
          {adoption.isError ? (
            <PublicActionError error={adoption.error} />
          ) : adoption.data ? (
            <Alert
              type="success"
              showIcon
              icon={<CheckCircleOutlined />}
              title={adoption.data.counted ? t('frame.counted', { name: unit.data?.name ?? unitCode }) : t('frame.alreadyCounted')}
              description={t('frame.shareHint')}
            />
          ) : (
            !adoption.isPending && <Alert type="success" showIcon title={t('frame.saved')} description={t('frame.shareHint')} />
          )}
        </div>
      )}
      <Flex>
        <ShareButton
          size="large"
          data={{ url: frameLink(campaign.id, unitCode), title: t('share.frameTitle', { name: campaign.name }), text: t('share.frameText', { name: campaign.name }) }}
        />
      </Flex>
      <Typography.Text type="secondary">
        <LockOutlined /> {t('frame.privacy')}
      </Typography.Text>
    </Flex>
  )
}
