def log = new File(basedir, 'build.log').text
assert log.contains('jooq-pgai: <mode>testcontainers</mode> needs a Docker engine, and none answers')
assert log.contains('or use <mode>embedded</mode>, which needs no Docker')
return true
