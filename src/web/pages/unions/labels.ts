import type { UnionDetail, UnionEvent } from '../../api/unionEndpoints.ts';
import type { MessageKey } from '../../i18n/types.ts';

export const formKey = (form: UnionDetail['form']): MessageKey => `union.form.${form}`;
export const eventKey = (kind: UnionEvent['kind']): MessageKey => `union.event.${kind}`;
