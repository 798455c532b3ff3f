-- Every episode but a child's latest must have ended.
SELECT CHILD AS child, 'Episodes' AS table_name, 'episode began ' || DECOM || ' but the one before it, begun '
       || strftime(previous_began, '%d/%m/%Y') || ', has not ceased' AS detail
FROM rule_episode WHERE seq > 1 AND previous_ceased IS NULL
