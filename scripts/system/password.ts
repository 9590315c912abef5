/** The password of every user scripts/system/seed-users.ts creates (throwaway test databases only). */
export const SYSTEM_TEST_PASSWORD = "system-test-password";
