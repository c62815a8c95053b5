/** Inputs whose description (a reason, an example, a hint) sits below the field, so fields line up. */
export const descriptionBelow: { inputWrapperOrder: ('label' | 'input' | 'description' | 'error')[] } = {
  inputWrapperOrder: ['label', 'input', 'description', 'error'],
};

/** The percent sign as each language writes it: "80 %" in German, "80%" in English. */
export const percentSuffix = (language: string) => (language === 'en' ? '%' : ' %');
