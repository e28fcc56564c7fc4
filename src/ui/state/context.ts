import { createContext } from 'svelte';
import type { Studio } from './create-studio';

/**
 * The app's state for the components below the root: the root calls `provideStudio(createStudio(…))` while it
 * initialises, every component below calls `useStudio()` (which throws outside such a tree).
 */
export const [useStudio, provideStudio] = createContext<Studio>();
