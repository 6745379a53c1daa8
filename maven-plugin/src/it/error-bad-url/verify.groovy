def log = new File(basedir, 'build.log').text
assert log.contains("jooq-pgai: <url> must be a PostgreSQL JDBC URL starting with jdbc:postgresql:, got: 'jdbc:mysql://localhost/app?password=****'")
assert !log.contains('hidden-pw')
return true
