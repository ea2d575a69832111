export { ContactReveal } from './ContactReveal'
export type { ContactRevealProps } from './ContactReveal'
