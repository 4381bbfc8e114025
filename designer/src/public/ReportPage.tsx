import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { report } from '../api/cases';
import { formDefinition } from '../api/definitions';
import { ApiError, type ProblemFieldError } from '../api/http';
import { uploadPublic } from '../api/publicCases';
import type { CatalogCategory, CatalogItem, IntakeResult } from '../api/views';
import { FormEvaluator, type FormDefinition } from '../forms';
import type { FormState } from '../formview/useFormState';
import { messages as m } from '../messages';
import { BASIC_FIELDS, intakeFormData, intakeFormOf, type BasicReport } from '../model/intake';
import { SuggestedItems } from '../intake/SuggestedItems';
import { IntakeExtras } from './IntakeExtras';
import { ItemPicker } from './ItemPicker';
import { PhotoPicker } from './PhotoPicker';
import { PlaceOnMap, type PlaceValue } from '../map/PlaceOnMap';
import { PublicShell } from './PublicShell';
import { ReportDone } from './ReportDone';
import { useCatalog } from './useCatalog';
import { usePublicGroups } from './usePublicGroups';

interface Values { itemCode?: string; description?: string; location?: PlaceValue; address?: string; reporterName?: string; phone?: string }
const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

/**
 * The public report page, one form in one order: what (item, description, the item's own questions), photos, where
 * (a point on the map; the server says which grid), who. No login.
 */
export function ReportPage({ navigate }: { navigate: (path: string) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // The county of the marked point: its own items join the catalog (青山县's 秸秆露天焚烧).
  const location = Form.useWatch('location', form);
  const county = location?.located?.path.find((p) => p.level === 'county')?.code;
  const { categories, error: catalogError } = useCatalog(county);
  const groups = usePublicGroups(county);
  const description = Form.useWatch('description', form);
  const [item, setItem] = useState<{ item: CatalogItem; category?: CatalogCategory }>();
  const [intake, setIntake] = useState<FormDefinition>();
  const extras = useRef<FormState | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<{ result: IntakeResult; uploaded: number; failed: string[] }>();
  const key = useRef(newKey());
  const top = useRef<HTMLDivElement>(null);
  // The submit button is at the bottom of a long page on a phone: bring a refusal into view.
  useEffect(() => { if (error) top.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }); }, [error]);

  const chooseItem = (i: CatalogItem | undefined, c: CatalogCategory | undefined) => {
    setItem(i ? { item: i, category: c } : undefined);
    setIntake(undefined);
    const id = i ? intakeFormOf(i) : undefined;
    if (id) formDefinition(id).then(setIntake, () => setIntake(undefined));
  };

  // When the county's catalog arrives, the chosen item is looked up in it: gone (another county's own item) it is
  // cleared; with another intake form there (a county's override) that form is used. Only a new catalog re-checks it.
  useEffect(() => {
    if (!item) return;
    const here = categories.flatMap((c) => c.items.map((i) => ({ item: i, category: c }))).find((x) => x.item.code === item.item.code);
    if (!here) {
      form.setFieldValue('itemCode', undefined);
      chooseItem(undefined, undefined);
    } else if (intakeFormOf(here.item) !== intakeFormOf(item.item)) chooseItem(here.item, here.category);
  }, [categories]);

  /** Puts each form message beside the input that shows it; the rest beside the generated extra fields. */
  const showFieldErrors = (errors: ProblemFieldError[]) => {
    const basic = new Map<string, string[]>();
    const rest: ProblemFieldError[] = [];
    for (const e of errors) {
      const top = e.path.split(/[.[]/)[0];
      const input = BASIC_FIELDS[top];
      if (input && input !== 'photos') basic.set(input, [...(basic.get(input) ?? []), e.message]);
      else rest.push(e);
    }
    form.setFields([...basic].map(([name, errs]) => ({ name: name as keyof Values, errors: errs })));
    extras.current?.setServerErrors(rest);
    if (rest.some((e) => e.path === '')) setError(rest.filter((e) => e.path === '').map((e) => e.message).join('；'));
  };

  const submit = async (v: Values) => {
    setError(undefined);
    const basic: BasicReport = {
      itemCode: v.itemCode!, itemName: item?.item.name ?? '', description: v.description!.trim(), gridCode: v.location!.located!.grid,
      address: v.address!.trim(), reporterName: v.reporterName!.trim(), phone: v.phone!.trim(),
    };
    const data = intake ? intakeFormData(intake, basic, extras.current?.data ?? {}) : undefined;
    if (intake && data) {
      const checked = new FormEvaluator(intake).validate({ step: 'report', data });
      if (checked.errors.length > 0) { showFieldErrors(checked.errors); return; }
    }
    setBusy(true);
    try {
      const result = await report({
        channel: 'web', itemCode: basic.itemCode, description: basic.description, address: basic.address,
        latitude: v.location!.point.lat, longitude: v.location!.point.lon,
        reporterName: basic.reporterName, reporterPhone: basic.phone, form: data,
      }, key.current);
      let uploaded = 0;
      const failed: string[] = [];
      for (const p of photos) {
        try { await uploadPublic(result.case.number, basic.phone, p); uploaded++; }
        catch (e) { failed.push(m.uploadFailed(p.name, e instanceof ApiError ? e.detail : String(e))); }
      }
      setDone({ result, uploaded, failed });
      key.current = newKey();
    } catch (e) {
      if (e instanceof ApiError && e.errors.length > 0) showFieldErrors(e.errors);
      else if (e instanceof ApiError && e.field && ['itemCode', 'description', 'address', 'reporterName'].includes(e.field))
        form.setFields([{ name: e.field as keyof Values, errors: [e.detail] }]);
      else if (e instanceof ApiError && e.field && ['gridCode', 'latitude', 'longitude'].includes(e.field)) form.setFields([{ name: 'location', errors: [e.detail] }]);
      else if (e instanceof ApiError && e.field === 'reporterPhone') form.setFields([{ name: 'phone', errors: [e.detail] }]);
      else if (e instanceof ApiError && e.status === 429) setError(e.detail || m.tooMany);
      else setError(e instanceof ApiError ? e.detail : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <PublicShell>
        <ReportDone number={done.result.case.number} uploaded={done.uploaded} failed={done.failed}
          onTrack={() => navigate(`/track/${done.result.case.number}`)}
          onAnother={() => { setDone(undefined); setPhotos([]); form.resetFields(); setItem(undefined); setIntake(undefined); }} />
      </PublicShell>
    );
  }
  return (
    <PublicShell>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>{m.reportTitle}</Typography.Title>
        <Typography.Paragraph type="secondary">{m.reportIntro}</Typography.Paragraph>
        {catalogError !== undefined && <Alert type="error" showIcon title={m.loadFailed + (catalogError instanceof ApiError ? catalogError.detail : '')} />}
        <div ref={top} />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="report-error" />}
        <Form form={form} layout="vertical" onFinish={submit} scrollToFirstError>
          <Form.Item name="itemCode" label={m.itemSearch} rules={[{ required: true, message: m.itemRequired }]} extra={county ? undefined : m.itemCountyHint}
            getValueFromEvent={(i?: CatalogItem) => i?.code}>
            <ItemPicker categories={categories} groups={groups} onChange={chooseItem} />
          </Form.Item>
          <Form.Item name="description" label={m.description}
            rules={[{ required: true, whitespace: true, min: 5, message: m.descriptionRequired }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount placeholder={m.descriptionPlaceholder} />
          </Form.Item>
          <SuggestedItems text={description} county={county} categories={categories} chosen={item?.item.code}
            onTake={(i, c) => { form.setFieldValue('itemCode', i.code); form.validateFields(['itemCode']).catch(() => undefined); chooseItem(i, c); }} />
          {intake && <IntakeExtras key={`${intake.id}@${intake.version}`} form={intake} stateRef={extras} />}
          <Form.Item label={m.photos}>
            <PhotoPicker files={photos} onChange={setPhotos} onReject={(t) => message.error(t, 5)} />
          </Form.Item>
          <Form.Item name="location" label={m.place} required rules={[{
            validator: (_, v?: PlaceValue) => (v?.located ? Promise.resolve() : Promise.reject(new Error(v?.error ?? m.locationRequired))),
          }]}>
            <PlaceOnMap />
          </Form.Item>
          <Form.Item name="address" label={m.address} rules={[{ required: true, whitespace: true, message: m.addressRequired }]}>
            <Input maxLength={200} placeholder={m.addressPlaceholder} />
          </Form.Item>
          <Form.Item name="reporterName" label={m.reporterName} rules={[{ required: true, whitespace: true, message: m.reporterNameRequired }]}>
            <Input maxLength={20} autoComplete="name" />
          </Form.Item>
          <Form.Item name="phone" label={m.phone} extra={m.phoneHelp}
            rules={[{ required: true, message: m.phoneRequired }, { pattern: /^1\d{10}$/, message: m.phoneInvalid }]}>
            <Input inputMode="numeric" maxLength={11} autoComplete="tel" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>{busy ? m.submitting : m.submit}</Button>
        </Form>
      </Card>
    </PublicShell>
  );
}
