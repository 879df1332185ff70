// Tests never read the developer's environment for app settings.
process.env.LOG_LEVEL = 'silent';
