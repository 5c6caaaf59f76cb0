import type { FundSource, ProjectStatus, ProjectType } from '../../../domain/projects/kinds.ts';
import type { MessageKey } from '../../i18n/types.ts';

export const typeKey = (type: ProjectType): MessageKey => `project.type.${type}`;
export const statusKey = (status: ProjectStatus): MessageKey => `project.status.${status}`;
export const sourceKey = (source: FundSource): MessageKey => `project.source.${source}`;
export const STATUS_COLOR: Record<ProjectStatus, string> = {
  planned: 'default',
  ongoing: 'processing',
  done: 'success',
  suspended: 'warning',
};
