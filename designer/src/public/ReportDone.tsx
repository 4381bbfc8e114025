import { Alert, Button, Result, Typography } from 'antd';
import { messages as m } from '../messages';

interface Props { number: string; uploaded: number; failed: string[]; onTrack: () => void; onAnother: () => void }

/** The number a citizen keeps to follow the case. */
export function ReportDone({ number, uploaded, failed, onTrack, onAnother }: Props) {
  return (
    <Result status="success" title={m.reportDone}
      subTitle={<>
        <Typography.Title level={4} copyable={{ text: number }} data-testid="case-number" style={{ margin: '8px 0' }}>{m.reportNumber(number)}</Typography.Title>
        <div>{m.reportKeep}</div>
        {uploaded > 0 && <div>{m.photosUploaded(uploaded)}</div>}
      </>}
      extra={<>
        {failed.map((f) => <Alert key={f} type="warning" showIcon title={f} style={{ marginBottom: 8, textAlign: 'left' }} />)}
        <Button type="primary" onClick={onTrack}>{m.goTrack}</Button>
        <Button onClick={onAnother}>{m.reportAnother}</Button>
      </>} />
  );
}
