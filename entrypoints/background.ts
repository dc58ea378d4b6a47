import { defineBackground } from '#imports';
import { registerHandlers } from '@/lib/background/register-handlers';

export default defineBackground(() => {
  registerHandlers();
});
