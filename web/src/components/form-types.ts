import type { useForm } from '@mantine/form';

/** Mantine's UseFormReturnType, derived here because its re-export does not resolve under nodenext. */
// biome-ignore lint/suspicious/noExplicitAny: mirrors Mantine's own constraint on form values.
export type FormOf<V extends Record<string, any>> = ReturnType<typeof useForm<V>>;
