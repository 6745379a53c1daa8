def log = new File(basedir, 'build.log').text
assert log.contains("jooq-pgai: <mode> must be url, embedded or testcontainers, got: 'cloud'")
return true
