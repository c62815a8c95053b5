import type { useForm } from '@mantine/form';

/** Mantine's UseFormReturnType, derived here because its re-export does not resolve under nodenext. */
export type FormOf<V> = ReturnType<typeof useForm<V>>;
