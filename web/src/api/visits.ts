import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type {
  Material,
  Visit,
  VisitCreate,
  VisitReport,
  VisitReportResult,
  VisitStatus,
  VisitUpdate,
} from './relationship-types.ts';
import { type Upload, uploadFile } from './upload.ts';

export interface VisitFilters {
  accountId?: string;
  participantId?: string;
  from?: string;
  to?: string;
  status?: VisitStatus;
}

const one = (id: string) => `/visits/${encodeURIComponent(id)}`;

export const visitListQuery = (filters: VisitFilters) =>
  queryOptions({
    queryKey: ['visits', 'list', filters],
    queryFn: () => api.get<{ items: Visit[] }>('/visits', { ...filters, limit: 200 }),
    select: (data) => data.items,
  });

export const visitQuery = (id: string) =>
  queryOptions({ queryKey: ['visits', 'detail', id], queryFn: () => api.get<Visit>(one(id)) });

/** Links the browser follows with the session cookie: the calendar file and a material's file. */
export const visitIcsUrl = (id: string) => `/api/v1${one(id)}/ics`;
export const materialUrl = (visitId: string, materialId: string) =>
  `/api/v1${one(visitId)}/materials/${encodeURIComponent(materialId)}`;

export const visitsApi = {
  create: (body: VisitCreate) => api.post<Visit>('/visits', body),
  update: (id: string, body: VisitUpdate) => api.patch<Visit>(one(id), body),
  report: (id: string, body: VisitReport) => api.post<VisitReportResult>(`${one(id)}/report`, body),
  addLink: (id: string, body: { title: string; url: string }) =>
    api.post<Material>(`${one(id)}/materials`, body),
  upload: (id: string, file: File, title: string, onProgress: (share: number) => void): Upload<Material> =>
    uploadFile<Material>(
      `${one(id)}/materials?fileName=${encodeURIComponent(file.name)}&title=${encodeURIComponent(title)}`,
      file,
      file.type || 'application/octet-stream',
      onProgress,
    ),
  removeMaterial: (id: string, materialId: string) =>
    api.delete(`${one(id)}/materials/${encodeURIComponent(materialId)}`),
};
