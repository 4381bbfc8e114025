import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Result, Row, Space, Spin } from 'antd';
import type { TaskView, User } from '../api/views';
import { messages as m } from '../messages';
import { AttachmentsCard } from './AttachmentsCard';
import { CaseSummaryCard } from './CaseSummaryCard';
import { EarlierForms, savedForms } from './EarlierForms';
import { JournalTimeline } from './JournalTimeline';
import { PhotoUpload } from './PhotoUpload';
import { TaskPanel } from './TaskPanel';
import { UrgeButton } from './UrgeButton';
import { useCaseDetail } from './useCaseDetail';

interface Props {
  caseId: string; task?: TaskView; user: User; narrow: boolean;
  onBack: () => void; onError: (e: unknown) => void; onActed: () => void;
}

/** One case: the user's task first (form and actions, earlier steps' forms beside it), then summary, place, reporter, files and journal. */
export function CasePane({ caseId, task, user, narrow, onBack, onError, onActed }: Props) {
  const { detail, error, reload } = useCaseDetail(caseId);
  const back = <Button icon={<ArrowLeftOutlined />} onClick={onBack}>{m.backToInbox}</Button>;
  if (error) {
    return (
      <Result status={error.status === 403 ? '403' : error.status === 404 ? '404' : 'error'}
        title={<span role="alert" data-testid="case-error">{error.detail}</span>} extra={back} />
    );
  }
  if (!detail) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  const acted = () => { void reload(); onActed(); };
  // The server says whether this viewer may urge (督办) this case now.
  const canUrge = detail.canUrge;
  const taskPanel = task && <TaskPanel key={`${task.id}:${task.actions.map((a) => a.code).join(',')}`} detail={detail} task={task} user={user} narrow={narrow}
    onError={onError} onActed={acted} />;
  // What earlier steps filled in (the handler's reply at verification), read-only beside the task on a wide screen;
  // the report's form alone (the oldest) goes below the summary, which already tells most of it.
  const forms = savedForms(detail, task?.form?.id);
  const earlier = forms.length > 0 && <EarlierForms forms={forms} detail={detail} user={user} narrow={narrow} />;
  const beside = !!taskPanel && forms.length > 1 && !narrow;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space>
        {narrow && back}
        <Button icon={<ReloadOutlined />} onClick={() => { void reload(); onActed(); }}>{m.refresh}</Button>
        {canUrge && <UrgeButton caseId={detail.case.id} number={detail.case.number} onError={onError} onUrged={() => void reload()} />}
      </Space>
      {beside ? <Row gutter={12} wrap={false}><Col span={12}>{taskPanel}</Col><Col span={12}>{earlier}</Col></Row> : taskPanel}
      <CaseSummaryCard detail={detail} narrow={narrow} />
      {!beside && earlier}
      <AttachmentsCard files={detail.attachments} extra={task ? <PhotoUpload caseId={detail.case.id} onUploaded={reload} /> : undefined} />
      <JournalTimeline journal={detail.journal} />
    </Space>
  );
}
