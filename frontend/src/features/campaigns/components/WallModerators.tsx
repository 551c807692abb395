import { CloseOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OrgSelect } from '@/components/OrgSelect'
import { ErrorState, LoadingState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import { useAddWallModerator, useRemoveWallModerator, useWallModerators } from '../api/campaigns'

/**
 * The organisations the campaign gives its wall to (the Youth Union, the Women's Union …): their officers and
 * coordinators moderate the pledges with the plan's managers. Managers add and remove them; others only read.
 */
export function WallModerators({ campaignId, canManage }: { campaignId: number; canManage: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const errorOf = useErrorTextOf()
  const moderators = useWallModerators(campaignId)
  const add = useAddWallModerator(campaignId)
  const remove = useRemoveWallModerator(campaignId)
  const [picked, setPicked] = useState<number | undefined>()

  const onAdd = async () => {
    if (picked == null) return
    try {
      await add.mutateAsync(picked)
      setPicked(undefined)
      void message.success(t('wallModerators.added'))
    } catch (e) {
      void message.error(errorOf(e).title)
    }
  }

  const onRemove = async (id: number, name: string) => {
    try {
      await remove.mutateAsync(id)
      void message.success(t('wallModerators.removed', { name }))
    } catch (e) {
      void message.error(errorOf(e).title)
    }
  }

  const orgs = moderators.data?.organizations ?? []
  return (
    <Card size="small" title={<><TeamOutlined /> {t('wallModerators.title')}</>} data-testid="wall-moderators">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('wallModerators.hint')}
      </Typography.Paragraph>
      {moderators.isPending ? (
        <LoadingState />
      ) : moderators.isError ? (
        <ErrorState error={moderators.error} onRetry={() => void moderators.refetch()} />
      ) : (
        <Flex vertical gap={8}>
          <Flex gap={4} wrap role="list" aria-label={t('wallModerators.title')}>
            {orgs.length === 0 && <Typography.Text type="secondary">{t('wallModerators.none')}</Typography.Text>}
            {orgs.map((o) => (
              <Tag key={o.id} role="listitem" color="geekblue" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
                {o.name}
                {canManage && (
                  <Button
                    type="text"
                    size="small"
                    icon={<CloseOutlined />}
                    loading={remove.isPending && remove.variables === o.id}
                    onClick={() => void onRemove(o.id, o.name)}
                    aria-label={t('wallModerators.removeN', { name: o.name })}
                  />
                )}
              </Tag>
            ))}
          </Flex>
          {canManage && (
            <Flex gap={8} wrap>
              <div style={{ flex: '1 1 280px', minWidth: 0 }}>
                <OrgSelect
                  value={picked ?? null}
                  onChange={setPicked}
                  placeholder={t('wallModerators.pick')}
                  aria-label={t('wallModerators.pick')}
                  known={orgs}
                />
              </div>
              <Button icon={<PlusOutlined />} onClick={() => void onAdd()} disabled={picked == null} loading={add.isPending}>
                {t('wallModerators.add')}
              </Button>
            </Flex>
          )}
        </Flex>
      )}
    </Card>
  )
}
