def log = new File(basedir, 'build.log').text
assert log.contains('jooq-pgai: cannot connect to jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2 as app: the database is unreachable (is the server running')
assert log.contains('[SQLSTATE 08001]')
assert !log.contains('s3cret-pw-in-pom') : 'the password leaked into the build log'
return true
