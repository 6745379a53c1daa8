def log = new File(basedir, 'build.log').text
assert log =~ /jooq-pgai: <liquibaseChangelog> \S*src\/main\/resources\/db\/missing\.xml is not a file/
assert log.contains('jooq-pgai: give either <migrations> (Flyway) or <liquibaseChangelog>, not both')
return true
